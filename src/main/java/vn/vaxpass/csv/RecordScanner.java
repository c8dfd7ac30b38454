package vn.vaxpass.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into records and fields by RFC 4180 section 2 (fields separated by commas; a field may be
 * enclosed in double quotes, and then holds commas, line breaks and doubled quotes), with CRLF, LF or a lone CR
 * ending a line.
 *
 * <p>It works on bytes, before decoding: the four bytes that give CSV its structure ({@code , " CR LF}) are ASCII,
 * and in UTF-8 an ASCII byte is never part of a multi-byte character. So a record is bounded while it is read: the
 * input is read in chunks of {@value #CHUNK_BYTES} bytes and at most {@code maxRecordBytes} of one record are kept;
 * one byte more and the file is refused, however much of the line is left unread.
 *
 * <p>A quote opens a quoted field only as the first byte of a field. A quote inside an unquoted field, or a byte other
 * than a comma or a line break after a closing quote, marks the record's field as a misplaced quote; the record still
 * ends at the next line break outside quotes, so one broken record does not swallow the next.
 *
 * <p>One scanner per read; not thread-safe.
 */
final class RecordScanner {

    static final int CHUNK_BYTES = 64 * 1024;

    private static final byte COMMA = ',';
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote seen inside a quoted field: the next byte tells a doubled quote from a closing one. */
    private static final int QUOTE_IN_QUOTED = 3;

    private static final int INITIAL_FIELDS = 16;
    private static final int INITIAL_DATA_BYTES = 1024;

    private final InputStream in;
    private final int maxRecordBytes;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int pos;
    private int end;
    private boolean endOfInput;

    /** The physical line of the next byte. */
    private long line = 1;
    /** The previous record ended with CR: an LF right after it belongs to that line break. */
    private boolean crEndedRecord;

    // The current record: field contents with quotes removed, one after another in data.
    private byte[] data = new byte[INITIAL_DATA_BYTES];
    private int dataLength;
    private int[] fieldEnds = new int[INITIAL_FIELDS];
    /** Lines between the record's first line and each field's first byte. */
    private int[] fieldLineOffsets = new int[INITIAL_FIELDS];
    private boolean[] fieldAscii = new boolean[INITIAL_FIELDS];
    private int fieldCount;
    private long recordLine;
    private int misplacedQuoteField;

    // Field being read.
    private int fieldBits;
    private int fieldLineOffset;

    // Where the open quote of the field being read is, for UNTERMINATED_QUOTE.
    private long quoteLine;
    private int quoteColumn;

    RecordScanner(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Skips a UTF-8 byte order mark at the start of the input.
     *
     * @return true when the input starts with a UTF-16 byte order mark instead (the file is not UTF-8)
     */
    boolean skipByteOrderMark() throws IOException {
        while (end < 3 && !endOfInput) {
            int n = in.read(chunk, end, chunk.length - end);
            if (n < 0) {
                endOfInput = true;
            } else {
                end += n;
            }
        }
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            pos = 3;
        }
        return startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF);
    }

    private boolean startsWith(int... bytes) {
        if (end < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((chunk[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the next record. A blank line is a record of one empty field.
     *
     * @return false at the end of the input, when no byte of a further record is left
     * @throws CsvFileException LINE_TOO_LONG or UNTERMINATED_QUOTE
     */
    boolean next() throws IOException, CsvFileException {
        dataLength = 0;
        fieldCount = 0;
        misplacedQuoteField = -1;
        recordLine = line;
        beginField();
        int state = FIELD_START;
        int recordBytes = 0;
        boolean quotedCr = false;

        while (true) {
            if (pos == end && !fill()) {
                if (recordBytes == 0) {
                    return false;
                }
                if (state == QUOTED) {
                    throw unterminatedQuote("before the end of the file");
                }
                endField();
                line++; // the last line, though no line break ends it
                return true;
            }
            byte b = chunk[pos++];
            if (crEndedRecord) {
                crEndedRecord = false;
                if (b == LF && recordBytes == 0) {
                    continue;
                }
            }
            if ((b == LF || b == CR) && state != QUOTED) {
                endField();
                line++;
                crEndedRecord = b == CR;
                return true;
            }
            if (++recordBytes > maxRecordBytes) {
                throw tooLong(state);
            }
            switch (state) {
                case FIELD_START:
                    if (b == QUOTE) {
                        state = QUOTED;
                        quoteLine = line;
                        quoteColumn = fieldCount + 1;
                    } else if (b == COMMA) {
                        endField();
                        beginField();
                    } else {
                        state = UNQUOTED;
                        recordBytes = appendRun(b, recordBytes, false, state);
                    }
                    break;
                case UNQUOTED:
                    if (b == COMMA) {
                        endField();
                        beginField();
                        state = FIELD_START;
                    } else {
                        if (b == QUOTE) {
                            misplacedQuote();
                        }
                        recordBytes = appendRun(b, recordBytes, false, state);
                    }
                    break;
                case QUOTED:
                    if (b == QUOTE) {
                        state = QUOTE_IN_QUOTED;
                        quotedCr = false;
                    } else if (b == LF || b == CR) {
                        if (b == CR || !quotedCr) {
                            line++;
                        }
                        quotedCr = b == CR;
                        append(b);
                    } else {
                        quotedCr = false;
                        recordBytes = appendRun(b, recordBytes, true, state);
                    }
                    break;
                default: // QUOTE_IN_QUOTED
                    if (b == QUOTE) {
                        append(b);
                        state = QUOTED;
                    } else if (b == COMMA) {
                        endField();
                        beginField();
                        state = FIELD_START;
                    } else {
                        misplacedQuote();
                        state = UNQUOTED;
                        recordBytes = appendRun(b, recordBytes, false, state);
                    }
                    break;
            }
        }
    }

    /**
     * Appends b and the bytes after it in the chunk up to the next byte that means something in this state: most
     * bytes of a file are copied here, a run at a time.
     *
     * @return the record's byte count after the run
     */
    private int appendRun(byte b, int recordBytes, boolean quoted, int state) throws CsvFileException {
        int start = pos - 1;
        int p = pos;
        int bits = b;
        if (quoted) {
            while (p < end) {
                byte c = chunk[p];
                if (c == QUOTE || c == CR || c == LF) {
                    break;
                }
                bits |= c;
                p++;
            }
        } else {
            while (p < end) {
                byte c = chunk[p];
                if (c == COMMA || c == QUOTE || c == CR || c == LF) {
                    break;
                }
                bits |= c;
                p++;
            }
        }
        int total = recordBytes + (p - pos);
        if (total > maxRecordBytes) {
            throw tooLong(state);
        }
        int length = p - start;
        ensureData(length);
        System.arraycopy(chunk, start, data, dataLength, length);
        dataLength += length;
        fieldBits |= bits;
        pos = p;
        return total;
    }

    private void append(byte b) {
        ensureData(1);
        data[dataLength++] = b;
        fieldBits |= b;
    }

    private void ensureData(int more) {
        int needed = dataLength + more;
        if (needed > data.length) {
            byte[] larger = new byte[Math.min(Math.max(needed, data.length * 2), maxRecordBytes)];
            System.arraycopy(data, 0, larger, 0, dataLength);
            data = larger;
        }
    }

    private void beginField() {
        fieldBits = 0;
        fieldLineOffset = (int) (line - recordLine);
    }

    private void endField() {
        if (fieldCount == fieldEnds.length) {
            int larger = fieldCount * 2;
            fieldEnds = Arrays.copyOf(fieldEnds, larger);
            fieldLineOffsets = Arrays.copyOf(fieldLineOffsets, larger);
            fieldAscii = Arrays.copyOf(fieldAscii, larger);
        }
        fieldEnds[fieldCount] = dataLength;
        fieldLineOffsets[fieldCount] = fieldLineOffset;
        fieldAscii[fieldCount] = (fieldBits & 0x80) == 0;
        fieldCount++;
    }

    private void misplacedQuote() {
        if (misplacedQuoteField < 0) {
            misplacedQuoteField = fieldCount;
        }
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /**
     * Past the limit inside a quoted field that already ran over a line break, the quote is far more likely never
     * closed than the record long: that is what the clerk is told.
     */
    private CsvFileException tooLong(int state) {
        if ((state == QUOTED || state == QUOTE_IN_QUOTED) && line > quoteLine) {
            return unterminatedQuote("within " + ClerkText.size(maxRecordBytes));
        }
        return new CsvFileException(CsvFileException.Code.LINE_TOO_LONG, recordLine,
                "Line " + recordLine + " is longer than " + ClerkText.size(maxRecordBytes)
                        + ", far more than a row of this import: the file is damaged or is not the CSV file of this"
                        + " import. " + ClerkText.SAVE_AS_CSV_UTF8);
    }

    private CsvFileException unterminatedQuote(String where) {
        return new CsvFileException(CsvFileException.Code.UNTERMINATED_QUOTE, quoteLine,
                "The quote (\") that opens the value of column " + quoteColumn + " on line " + quoteLine
                        + " is not closed " + where + ". Close it with a quote after the value, or remove it; a"
                        + " quote inside a quoted value is written twice (\"\").");
    }

    long recordLine() {
        return recordLine;
    }

    int fieldCount() {
        return fieldCount;
    }

    byte[] data() {
        return data;
    }

    int fieldStart(int field) {
        return field == 0 ? 0 : fieldEnds[field - 1];
    }

    int fieldEnd(int field) {
        return fieldEnds[field];
    }

    boolean fieldIsAscii(int field) {
        return fieldAscii[field];
    }

    /** The physical line of the field's first byte. */
    long fieldLine(int field) {
        return recordLine + fieldLineOffsets[field];
    }

    /** The 0-based field of the record's first misplaced quote, or -1. */
    int misplacedQuoteField() {
        return misplacedQuoteField;
    }

    /** Bytes this scanner holds on to, whatever the size of the input: for tests of bounded memory. */
    int retainedBytes() {
        return chunk.length + data.length + fieldEnds.length * (Integer.BYTES * 2 + 1);
    }
}
