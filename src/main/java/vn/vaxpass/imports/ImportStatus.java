package vn.vaxpass.imports;

import vn.vaxpass.csv.CsvFileException;

/**
 * How an import of one file ended: applied, or refused as a whole with one code. Codes are stable and safe to log,
 * count and show to a client.
 */
public enum ImportStatus {
    /** The file was read to its end; its readable rows were applied, unreadable ones reported and skipped. */
    APPLIED,
    /** Refused, nothing changed: the first line is not the expected header. */
    WRONG_HEADER,
    /** Refused, nothing changed: no data row. */
    EMPTY_FILE,
    /** Refused, nothing changed: bytes that are not UTF-8. */
    INVALID_UTF8,
    /** Refused, nothing changed: a record longer than the format's limit. */
    LINE_TOO_LONG,
    /** Refused, nothing changed: a quote never closed, so where records end is unknown. */
    UNTERMINATED_QUOTE,
    /**
     * Refused, nothing changed: at least one record is not well-formed CSV (wrong column count, misplaced quote,
     * repeated header). The file was not written by a CSV writer, so even its rows that look right may hold shifted
     * values.
     */
    MALFORMED_ROWS,
    /**
     * Refused, nothing changed: a row's key is already that of a row the importer may not change (a subject of
     * another jurisdiction). The report lists every such row, with the other refused rows.
     */
    KEY_TAKEN;

    /** True when the import changed nothing because the file was refused. */
    public boolean refused() {
        return this != APPLIED;
    }

    static ImportStatus of(CsvFileException.Code code) {
        return switch (code) {
            case WRONG_HEADER -> WRONG_HEADER;
            case EMPTY_FILE -> EMPTY_FILE;
            case INVALID_UTF8 -> INVALID_UTF8;
            case LINE_TOO_LONG -> LINE_TOO_LONG;
            case UNTERMINATED_QUOTE -> UNTERMINATED_QUOTE;
        };
    }
}
