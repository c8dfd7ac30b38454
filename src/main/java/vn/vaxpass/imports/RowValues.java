package vn.vaxpass.imports;

import vn.vaxpass.csv.CsvRow;

/** Checks every import makes of a row's values before they reach a database statement that would fail on them. */
public final class RowValues {

    /** No limit on a column's length (beyond the format's record limit). */
    public static final int UNLIMITED = -1;

    private RowValues() {
    }

    /**
     * The first column whose value holds U+0000, or -1. The character is valid UTF-8, but PostgreSQL text cannot store
     * it, and one such value would fail the statement that stages a whole batch.
     */
    public static int firstWithNul(CsvRow row) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).indexOf('\0') >= 0) {
                return i;
            }
        }
        return -1;
    }

    public static String nulMessage(String column) {
        return "The value of " + column + " holds a NUL character (a zero byte): the file is damaged or was not saved"
                + " as text. Remove the character.";
    }

    /**
     * The first column whose value is longer than its limit, or -1.
     *
     * @param maxLengths a limit in UTF-16 chars per column (as PostgreSQL's varchar(n) counts characters, a limit in
     *                   chars is never looser), or {@link #UNLIMITED}
     */
    public static int firstTooLong(CsvRow row, int... maxLengths) {
        for (int i = 0; i < maxLengths.length; i++) {
            if (maxLengths[i] != UNLIMITED && row.get(i).length() > maxLengths[i]) {
                return i;
            }
        }
        return -1;
    }

    public static String tooLongMessage(String column, int maxLength) {
        return "The value of " + column + " is longer than " + maxLength + " characters.";
    }

    /** null for an empty or blank value: what an optional column stores when the clerk typed nothing. */
    public static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
