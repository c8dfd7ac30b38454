package vn.vaxpass.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares the file's header with the expected one and says, for the clerk, the first column that differs and what
 * was expected there.
 *
 * <p>A file without a header starts with a data row, so the file's "header" may be personal data. Found text is
 * quoted in the message only when it looks like a column name (letters, digits and underscores, starting with a
 * letter or an underscore, at most {@value #MAX_QUOTED} characters); otherwise the column is named by position.
 */
final class HeaderCheck {

    private static final int MAX_QUOTED = 40;
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0," + (MAX_QUOTED - 1) + "}");

    private HeaderCheck() {
    }

    /** Why found is not expected, or null when it is exactly expected. */
    static String problem(List<String> expected, List<String> found) {
        if (found.equals(expected)) {
            return null;
        }
        String advice = " The first line must be exactly: " + String.join(",", expected);
        if (found.size() == 1 && expected.size() > 1) {
            String only = found.get(0);
            if (only.contains(";") || only.contains("\t")) {
                return "The columns are separated by '" + (only.contains(";") ? ";" : "tab")
                        + "', not by commas. " + ClerkText.SAVE_AS_CSV_UTF8 + advice;
            }
        }
        Set<String> foundNames = new HashSet<>(found);
        if (expected.stream().noneMatch(foundNames::contains)
                && expected.stream().noneMatch(name -> found.stream().anyMatch(f -> f.strip().equalsIgnoreCase(name)))) {
            return "The first line is not the header: it has none of the expected column names."
                    + " Add the header line at the top of the file." + advice;
        }
        return firstDifference(expected, found) + advice;
    }

    private static String firstDifference(List<String> expected, List<String> found) {
        int column = 0;
        while (column < expected.size() && column < found.size() && expected.get(column).equals(found.get(column))) {
            column++;
        }
        int number = column + 1;
        if (column == found.size()) {
            List<String> missing = expected.subList(column, expected.size());
            return missing.size() == 1
                    ? "Column " + number + " '" + missing.get(0) + "' is missing."
                    : "Columns " + number + " to " + expected.size() + " are missing: " + String.join(",", missing)
                            + ".";
        }
        String shown = shown(found.get(column));
        if (column == expected.size()) {
            return "Column " + number + shown + " is not expected: the file has " + found.size()
                    + " columns, the import has " + expected.size() + "."
                    + (found.get(column).isEmpty() ? " Is there a comma at the end of the line?" : "");
        }
        String want = expected.get(column);
        String got = found.get(column);
        if (got.strip().equals(want)) {
            return "Column " + number + " '" + want + "' has spaces before or after its name.";
        }
        if (got.strip().equalsIgnoreCase(want)) {
            return "Column " + number + " must be written '" + want + "', in these upper and lower case letters.";
        }
        if (found.contains(want)) {
            return "Column " + number + " must be '" + want + "' but is" + shown + ": the columns are not in the"
                    + " expected order.";
        }
        if (expected.contains(got)) {
            return "Column " + number + " '" + want + "' is missing.";
        }
        return "Column " + number + " must be '" + want + "' but is" + shown + ".";
    }

    private static String shown(String name) {
        if (name.isEmpty()) {
            return " (empty)";
        }
        return COLUMN_NAME.matcher(name).matches() ? " '" + name + "'" : " (a value that is not a column name)";
    }
}
