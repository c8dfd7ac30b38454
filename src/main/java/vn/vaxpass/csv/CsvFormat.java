package vn.vaxpass.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The CSV files of one import: RFC 4180 records in UTF-8 (with or without a byte order mark), CRLF or LF line
 * breaks, and a first line that is exactly the expected header. Immutable and thread-safe: one per kind of import.
 *
 * <h2>What stops the file, what stops a row</h2>
 * A problem that makes the file unreadable from some point on is file-level ({@link CsvFileException}): the
 * header ({@code WRONG_HEADER}), no data ({@code EMPTY_FILE}), bytes that are not UTF-8 ({@code INVALID_UTF8}), a
 * record over {@link #maxRecordBytes()} ({@code LINE_TOO_LONG}) and a quote never closed
 * ({@code UNTERMINATED_QUOTE}: where the record ends is unknown, so every row after it is in doubt). A problem
 * confined to one record, whose end is still known, is a {@link CsvRowError} ({@code WRONG_COLUMN_COUNT},
 * {@code MISPLACED_QUOTE}, {@code REPEATED_HEADER}) and the next records are read. After a file-level error the
 * reader reads nothing more.
 *
 * <h2>Changing nothing when the file fails</h2>
 * A file-level error can surface late (a Windows-1258 byte at row 900,000), after rows were handed over. Rows
 * reach the caller one by one, but the file is only good once {@link #read} has returned a {@link CsvSummary}
 * (or {@link CsvReader#next()} has returned null): an exception is thrown before that and nothing after it is
 * handed over. So a caller either
 * <ol>
 *   <li>validates, then applies: {@link #validate} reads the stored upload once with no effect and collects every
 *       row error for the clerk's report; only when it returns (and, for all-or-nothing,
 *       {@link CsvSummary#clean()}) does a second {@link #read} apply the rows; or</li>
 *   <li>stages in one transaction: {@link #read} writes rows to a staging table or a transaction, and the caller
 *       commits only when it returns; {@link CsvFileException} (or a row error thrown from
 *       {@link CsvRowHandler#rowError}, for all-or-nothing) rolls back.</li>
 * </ol>
 */
public final class CsvFormat {

    /** Default limit of one record, in bytes: a row of this import is a few hundred bytes. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

    private final List<String> header;
    private final Map<String, Integer> columns;
    private final int maxRecordBytes;

    private CsvFormat(List<String> header, int maxRecordBytes) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("A header has at least one column");
        }
        if (new HashSet<>(header).size() != header.size()) {
            throw new IllegalArgumentException("Header columns must differ: " + header);
        }
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.header = List.copyOf(header);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.put(header.get(i), i);
        }
        this.columns = Map.copyOf(byName);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Files whose first line is exactly these column names, in this order. */
    public static CsvFormat withHeader(List<String> columns) {
        return new CsvFormat(Objects.requireNonNull(columns, "columns"), DEFAULT_MAX_RECORD_BYTES);
    }

    public static CsvFormat withHeader(String... columns) {
        return withHeader(List.of(columns));
    }

    /** The same format with another limit of one record (its bytes, quotes and quoted line breaks included). */
    public CsvFormat withMaxRecordBytes(int bytes) {
        return new CsvFormat(header, bytes);
    }

    public List<String> header() {
        return header;
    }

    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /**
     * Reads and checks the header, and returns a reader for the records after it. The caller keeps and closes the
     * stream.
     */
    public CsvReader open(InputStream in) throws IOException, CsvFileException {
        return CsvReader.open(this, Objects.requireNonNull(in, "in"));
    }

    /**
     * Hands every record to the handler in file order and returns only when the whole file was read.
     *
     * @throws CsvFileException when the file is broken; records before the broken point were handed over already
     */
    public CsvSummary read(InputStream in, CsvRowHandler handler) throws IOException, CsvFileException {
        CsvReader reader = open(in);
        for (CsvLine line = reader.next(); line != null; line = reader.next()) {
            if (line instanceof CsvRow row) {
                handler.row(row);
            } else {
                handler.rowError((CsvRowError) line);
            }
        }
        return reader.summary();
    }

    /** Reads the whole file with no effect, for a pass before the one that applies it. */
    public CsvSummary validate(InputStream in, Consumer<CsvRowError> rowErrors) throws IOException, CsvFileException {
        return read(in, CsvRowHandler.of(row -> { }, rowErrors));
    }

    Map<String, Integer> columns() {
        return columns;
    }
}
