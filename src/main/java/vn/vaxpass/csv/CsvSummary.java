package vn.vaxpass.csv;

/**
 * What a read that reached the end of the file saw. Only a read that returns one has read the whole file.
 *
 * @param rows       records handed over as {@link CsvRow}
 * @param rowErrors  records refused as {@link CsvRowError}
 * @param blankLines lines skipped because every value was empty (blank lines, or Excel's {@code ,,,,,,})
 * @param lines      physical lines in the file, header included
 */
public record CsvSummary(long rows, long rowErrors, long blankLines, long lines) {

    /** No record was refused: an all-or-nothing import may commit. */
    public boolean clean() {
        return rowErrors == 0;
    }
}
