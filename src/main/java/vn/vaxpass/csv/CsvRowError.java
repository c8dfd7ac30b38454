package vn.vaxpass.csv;

/**
 * A record that is refused on its own: the rest of the file is still read. An import that must be all or nothing
 * treats any of them as fatal (see {@link CsvFormat}).
 *
 * @param line    the 1-based physical line where the record starts
 * @param code    why it is refused
 * @param key     the record's value in the first column (the subject id), for the clerk's report; empty when it
 *                could not be read. Personal data: never log it ({@link #toString()} leaves it out)
 * @param message what is wrong and what to do, for the clerk; quotes no value of the record
 */
public record CsvRowError(long line, Code code, String key, String message) implements CsvLine {

    /** Stable, machine-readable reasons. */
    public enum Code {
        /** More or fewer values than the header has columns (often an unquoted comma in a name or an address). */
        WRONG_COLUMN_COUNT,
        /** A quote inside a value that does not start with one, or text after a value's closing quote. */
        MISPLACED_QUOTE,
        /** The header again, below the first line: two files were joined into one. */
        REPEATED_HEADER
    }

    @Override
    public String toString() {
        return "CsvRowError[line=" + line + ", code=" + code + ", message=" + message + "]";
    }
}
