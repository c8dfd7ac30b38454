package vn.vaxpass.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A record with exactly one value per header column, in header order. Values are as written in the file, quotes
 * removed, and the apostrophe our own exports put before a formula-like value taken off ({@link FormulaGuard}):
 * an empty field is {@code ""}, never null; nothing is trimmed.
 */
public final class CsvRow implements CsvLine {

    private final long line;
    private final String[] values;
    private final Map<String, Integer> columns;

    CsvRow(long line, String[] values, Map<String, Integer> columns) {
        this.line = line;
        for (int i = 0; i < values.length; i++) {
            values[i] = FormulaGuard.unguard(values[i]);
        }
        this.values = values;
        this.columns = columns;
    }

    @Override
    public long line() {
        return line;
    }

    /** The value of the 0-based column. */
    public String get(int column) {
        return values[column];
    }

    /** The value of a column of the header. */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("Not a column of the header: " + column);
        }
        return values[index];
    }

    public int size() {
        return values.length;
    }

    /** All values in header order, unmodifiable. */
    public List<String> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /** Leaves the values out: they are personal data and must not reach a log. */
    @Override
    public String toString() {
        return "CsvRow[line=" + line + ", " + values.length + " values]";
    }
}
