package vn.vaxpass.csv;

/**
 * Why a whole file is refused: nothing of it may be accepted. The message is written for the clerk who uploaded
 * the file (what is wrong, on which line, what to do) and never quotes the file's data, only column names.
 */
public final class CsvFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Stable, machine-readable reasons; safe to show to a client, to count in metrics and to log. */
    public enum Code {
        /** The first line is not exactly the expected header: a column is missing, extra, renamed or out of order. */
        WRONG_HEADER,
        /** No bytes, only blank lines, or a header and no data row. */
        EMPTY_FILE,
        /** Bytes that are not well-formed UTF-8 (the file was saved in another encoding, or is damaged). */
        INVALID_UTF8,
        /** One record is longer than the limit: not a CSV file of this import, or a damaged one. */
        LINE_TOO_LONG,
        /** A quoted value whose closing quote never comes, before the end of the file or within the limit. */
        UNTERMINATED_QUOTE
    }

    private final Code code;
    private final long line;

    CsvFileException(Code code, long line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    public Code code() {
        return code;
    }

    /** The 1-based physical line where the problem is (for {@link Code#EMPTY_FILE}: where data was expected). */
    public long line() {
        return line;
    }
}
