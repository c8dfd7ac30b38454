package vn.vaxpass.vaccination;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.StagedCsvImport;

/**
 * Loads vaccination subjects as clerks exported them ({@link SubjectsFile#FORMAT}) into {@code vaccination_subject},
 * each with the province of its commune. New subjects are inserted, changed ones updated with their version bumped,
 * the rest untouched; subjects missing from the file stay. Import the communes first: a subject whose commune is not
 * in the commune table is refused (UNKNOWN_COMMUNE). See {@link StagedCsvImport} for what refuses the file and what
 * skips a row, and {@link SubjectRowError} for the row codes.
 */
@Singleton
public class SubjectImport {

    /** The key column of the error report. */
    public static final String REPORT_KEY_COLUMN = "subject_id";

    private final StagedCsvImport staged;
    private final SubjectRows rows = new SubjectRows();

    public SubjectImport(Pool pool) {
        this.staged = new StagedCsvImport(pool);
    }

    /** Blocking; see {@link StagedCsvImport#run}. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        return staged.run(rows, in, report);
    }
}
