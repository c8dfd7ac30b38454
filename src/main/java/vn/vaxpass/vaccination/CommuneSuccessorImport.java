package vn.vaxpass.vaccination;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.StagedCsvImport;

/**
 * Loads the communes merged since 1 July 2025 ({@code old_commune_code,current_commune_code}) into
 * {@code commune_successor}, after the communes themselves: records keep the old codes they were entered with, and
 * lists, reports and tokens' jurisdiction read them as the current commune ({@link CommuneStore#recordCodesOf}).
 * Mappings missing from the file stay. See {@link StagedCsvImport} for what refuses the file and what skips a row,
 * and {@link CommuneSuccessorRowError} for the row codes.
 */
@Singleton
public class CommuneSuccessorImport {

    public static final CsvFormat FORMAT = CsvFormat.withHeader("old_commune_code", "current_commune_code");

    /** The key column of the error report. */
    public static final String REPORT_KEY_COLUMN = "old_commune_code";

    private final StagedCsvImport staged;
    private final CommuneSuccessorRows rows = new CommuneSuccessorRows();

    public CommuneSuccessorImport(Pool pool) {
        this.staged = new StagedCsvImport(pool);
    }

    /** Blocking; see {@link StagedCsvImport#run}. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        return staged.run(rows, in, report);
    }
}
