package vn.vaxpass.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the records of one file, one at a time, after its header was checked by {@link CsvFormat#open}. Memory is
 * bounded by the format's record limit, whatever the size of the file.
 *
 * <p>Lines whose every value is empty are skipped and counted ({@link CsvSummary#blankLines()}): they hold no data.
 * The caller owns the input stream and closes it. One reader per file and thread.
 */
public final class CsvReader {

    /** A subject id is short; a longer first value is cut, so that one broken row cannot swell the report. */
    static final int MAX_KEY_LENGTH = 64;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final CsvFormat format;
    private final RecordScanner scanner;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private long rows;
    private long rowErrors;
    private long blankLines;
    private boolean finished;
    private boolean failed;

    private CsvReader(CsvFormat format, InputStream in) {
        this.format = format;
        this.scanner = new RecordScanner(in, format.maxRecordBytes());
    }

    static CsvReader open(CsvFormat format, InputStream in) throws IOException, CsvFileException {
        CsvReader reader = new CsvReader(format, in);
        reader.readHeader();
        return reader;
    }

    private void readHeader() throws IOException, CsvFileException {
        if (scanner.skipByteOrderMark()) {
            throw new CsvFileException(CsvFileException.Code.INVALID_UTF8, 1,
                    "The file is saved as UTF-16 ('Unicode Text'), not UTF-8. " + ClerkText.SAVE_AS_CSV_UTF8);
        }
        String[] header;
        do {
            if (!scanner.next()) {
                throw new CsvFileException(CsvFileException.Code.EMPTY_FILE, scanner.recordLine(),
                        "The file is empty. Upload the CSV file with the header line and one line per row.");
            }
            header = decodeFields();
        } while (isBlank(header));
        String problem = scanner.misplacedQuoteField() >= 0
                ? "Column " + (scanner.misplacedQuoteField() + 1) + " of the header has a misplaced quote (\")."
                        + " The first line must be exactly: " + String.join(",", format.header())
                : HeaderCheck.problem(format.header(), List.of(header));
        if (problem != null) {
            throw new CsvFileException(CsvFileException.Code.WRONG_HEADER, scanner.recordLine(), problem);
        }
    }

    /**
     * The next record, or null once the whole file was read without a file-level error.
     *
     * @throws CsvFileException as soon as the file turns out to be broken: INVALID_UTF8, LINE_TOO_LONG,
     *                          UNTERMINATED_QUOTE, or EMPTY_FILE when the header is followed by no record
     */
    public CsvLine next() throws IOException, CsvFileException {
        if (failed) {
            throw new IllegalStateException("The file was refused: nothing after the error can be read");
        }
        if (finished) {
            return null;
        }
        failed = true; // until this record is read without an exception
        CsvLine line = nextRecord();
        failed = false;
        return line;
    }

    private CsvLine nextRecord() throws IOException, CsvFileException {
        while (scanner.next()) {
            String[] values = decodeFields();
            if (isBlank(values)) {
                blankLines++;
                continue;
            }
            CsvRowError error = rowError(values);
            if (error != null) {
                rowErrors++;
                return error;
            }
            rows++;
            return new CsvRow(scanner.recordLine(), values, format.columns());
        }
        if (rows + rowErrors == 0) {
            throw new CsvFileException(CsvFileException.Code.EMPTY_FILE, scanner.recordLine(),
                    "The file has the header line but no row. Add one line per row under the header.");
        }
        finished = true;
        return null;
    }

    /** What was read so far; complete once {@link #next()} returned null. */
    public CsvSummary summary() {
        return new CsvSummary(rows, rowErrors, blankLines, scanner.recordLine() - 1);
    }

    private CsvRowError rowError(String[] values) {
        long line = scanner.recordLine();
        String key = keyOf(values[0]);
        int misplaced = scanner.misplacedQuoteField();
        if (misplaced >= 0) {
            return new CsvRowError(line, CsvRowError.Code.MISPLACED_QUOTE, misplaced == 0 ? "" : key,
                    "Column " + (misplaced + 1) + " has a misplaced quote (\"): a value with a quote, comma or line"
                            + " break must be enclosed in quotes, and a quote inside it written twice (\"\").");
        }
        if (isHeader(values)) {
            return new CsvRowError(line, CsvRowError.Code.REPEATED_HEADER, "",
                    "This line repeats the header: were two files joined into one? Remove the line.");
        }
        int expected = format.header().size();
        if (values.length != expected) {
            return new CsvRowError(line, CsvRowError.Code.WRONG_COLUMN_COUNT, key,
                    "Expected " + expected + " values, found " + values.length + "."
                            + (values.length > expected
                                    ? " A value with a comma (a name or an address) must be enclosed in quotes."
                                    : " Add the missing values; an empty value still needs its comma."));
        }
        return null;
    }

    /** The header, maybe with the byte order mark its own file started with. */
    private boolean isHeader(String[] values) {
        List<String> header = format.header();
        if (values.length != header.size()) {
            return false;
        }
        String first = values[0].startsWith(BYTE_ORDER_MARK) ? values[0].substring(1) : values[0];
        return first.equals(header.get(0)) && List.of(values).subList(1, values.length).equals(header.subList(1,
                header.size()));
    }

    private static String keyOf(String value) {
        if (value.length() <= MAX_KEY_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_KEY_LENGTH - 1)) ? MAX_KEY_LENGTH - 1 : MAX_KEY_LENGTH;
        return value.substring(0, end);
    }

    private String[] decodeFields() throws CsvFileException {
        int count = scanner.fieldCount();
        byte[] data = scanner.data();
        String[] values = new String[count];
        for (int field = 0; field < count; field++) {
            int from = scanner.fieldStart(field);
            String value = utf8.decode(data, from, scanner.fieldEnd(field), scanner.fieldIsAscii(field));
            if (value == null) {
                long line = scanner.fieldLine(field) + lineBreaks(data, from, utf8.errorOffset());
                throw new CsvFileException(CsvFileException.Code.INVALID_UTF8, line,
                        "Line " + line + " (column " + (field + 1) + ") is not UTF-8 text: the file was saved in"
                                + " another encoding (such as Windows-1258 or TCVN3) or is damaged. "
                                + ClerkText.SAVE_AS_CSV_UTF8);
            }
            values[field] = value;
        }
        return values;
    }

    /** Line breaks (CRLF, LF or CR) in a quoted value before the bad byte, to name its own line. */
    private static int lineBreaks(byte[] data, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (data[i] == '\n' && (i == from || data[i - 1] != '\r') || data[i] == '\r') {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean isBlank(String[] values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** For tests of bounded memory. */
    int retainedBytes() {
        return scanner.retainedBytes();
    }
}
