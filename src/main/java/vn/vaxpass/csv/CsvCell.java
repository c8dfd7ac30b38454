package vn.vaxpass.csv;

/** One value as every CSV the product writes holds it: formula-guarded ({@link FormulaGuard}), then RFC 4180 quoted when it must be. */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        String text = FormulaGuard.guard(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
