/**
 * Strict, streaming reading of the CSV files clerks and provinces upload (population registry extracts,
 * vaccination subjects; millions of rows): {@link vn.vaxpass.csv.CsvFormat} is the entry point and says which
 * errors stop the file and how an import changes nothing when one does; {@link vn.vaxpass.csv.CsvErrorReport}
 * writes the report that goes back to the clerk.
 *
 * <p>A file is never half-read silently: every record ends as a row, a row error with a line number, or a file
 * error that stops the read. Nothing here logs, because rows hold personal data.
 *
 * <p>Depends on no other Vaxpass package and must not: it knows records and lines, not the tables they fill
 * ({@code imports} and the features do).
 */
package vn.vaxpass.csv;
