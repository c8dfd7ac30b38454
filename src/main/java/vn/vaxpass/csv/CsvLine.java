package vn.vaxpass.csv;

/** One record of the file after the header: either a {@link CsvRow} to accept or a {@link CsvRowError}. */
public sealed interface CsvLine permits CsvRow, CsvRowError {

    /** The 1-based physical line where the record starts (a quoted value may carry it over further lines). */
    long line();
}
