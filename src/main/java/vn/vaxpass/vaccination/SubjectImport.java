package vn.vaxpass.vaccination;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.ImportStatus;
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

    /** Blocking; see {@link StagedCsvImport#run}. Creates and changes any subject: for the operators' imports. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        return staged.run(rows, in, report);
    }

    /**
     * A file uploaded by a caller: it creates subjects, and changes only those the caller reaches as they are stored
     * now. A row with the subject_id of anyone else refuses the file ({@link ImportStatus#KEY_TAKEN}, the row
     * reported as {@link SubjectRowError#SUBJECT_ID_TAKEN}) and nothing changes. Blocking; see
     * {@link StagedCsvImport#run}.
     */
    public ImportResult run(InputStream in, CsvErrorReport report, Reach uploader) throws IOException {
        return staged.run(SubjectRows.changedBy(uploader), in, report);
    }
}
