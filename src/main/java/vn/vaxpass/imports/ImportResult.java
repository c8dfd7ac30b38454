package vn.vaxpass.imports;

/**
 * What an import of one file did. For an applied file, {@code rowsRead = inserted + updated + unchanged + rowErrors};
 * a refused file changed nothing and its counts other than {@code rowsRead} and {@code rowErrors} are zero.
 *
 * @param status    applied, or why the file was refused
 * @param rowsRead  records after the header, blank lines not counted (up to the error, for a file refused by one)
 * @param inserted  rows that were not in the table
 * @param updated   rows whose stored values differed from the file's
 * @param unchanged rows already stored exactly as in the file: left untouched
 * @param rowErrors rows reported in the error report and not applied
 */
public record ImportResult(ImportStatus status, long rowsRead, long inserted, long updated, long unchanged,
        long rowErrors) {

    static ImportResult refused(ImportStatus status, long rowsRead, long rowErrors) {
        return new ImportResult(status, rowsRead, 0, 0, 0, rowErrors);
    }
}
