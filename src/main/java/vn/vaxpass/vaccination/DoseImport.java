package vn.vaxpass.vaccination;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.StagedCsvImport;

/**
 * Loads doses as the vaccination platform exports them ({@link DosesFile#FORMAT}) into {@code dose}, keyed by subject
 * and dose number. New doses are inserted, changed ones updated in place (same row id, so a facility's confirmation of
 * the old content no longer matches and the dose must be confirmed again), the rest untouched; doses missing from the
 * file stay. Import the subjects first: a dose of a subject not in {@code vaccination_subject} is refused
 * (UNKNOWN_SUBJECT). See {@link StagedCsvImport} for what refuses the file and what skips a row, and
 * {@link DoseRowError} for the row codes.
 */
@Singleton
public class DoseImport {

    /** The key column of the error report. */
    public static final String REPORT_KEY_COLUMN = "subject_id";

    private final StagedCsvImport staged;
    private final Clock clock;

    public DoseImport(Pool pool, Clock clock) {
        this.staged = new StagedCsvImport(pool);
        this.clock = clock;
    }

    /** Blocking; see {@link StagedCsvImport#run}. Dates after today in Viet Nam are refused. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(ValidityWindow.VIETNAM));
        return staged.run(new DoseImportRows(ValueSets.bundled(), today), in, report);
    }
}
