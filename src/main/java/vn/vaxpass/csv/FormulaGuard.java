package vn.vaxpass.csv;

/**
 * Keeps spreadsheet programs from running what a CSV cell holds: a value that begins with a character Excel,
 * LibreOffice or Google Sheets read as the start of a formula ({@code = + - @}, tab, carriage return) is written
 * with a leading apostrophe (OWASP "CSV injection"), and the reader takes that apostrophe off again, so a
 * value survives export and import unchanged. A value that already starts with apostrophes before such a
 * character gets one more, so that the two are exact inverses. Every CSV the product writes goes through
 * {@link #guard} (through {@link CsvCell}).
 */
public final class FormulaGuard {

    /** What spreadsheets show as text and never evaluate. */
    static final char GUARD = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The value as it is safe to write into a CSV cell. */
    public static String guard(String value) {
        return startsAFormula(value, 0) ? GUARD + value : value;
    }

    /** The value {@link #guard} was given, from what it wrote; any other value unchanged. */
    public static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == GUARD && startsAFormula(value, 1) ? value.substring(1) : value;
    }

    /** Whether, past any apostrophes from {@code at} on, the value starts with a formula character. */
    private static boolean startsAFormula(String value, int at) {
        int i = at;
        while (value != null && i < value.length() && value.charAt(i) == GUARD) {
            i++;
        }
        return value != null && i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }
}
