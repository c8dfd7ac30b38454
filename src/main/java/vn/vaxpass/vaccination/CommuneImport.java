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
 * Loads the communes and the province of each ({@code commune_code,province_code,name}: GSO codes, the province's
 * two digits, the name optional) into {@code commune}, which the subject import reads each subject's province from.
 * Communes missing from the file stay. Subjects already imported keep the province they were given; importing them
 * again picks up a commune's new province. See {@link StagedCsvImport} for what refuses the file and what skips a
 * row, and {@link CommuneRowError} for the row codes.
 */
@Singleton
public class CommuneImport {

    public static final CsvFormat FORMAT = CsvFormat.withHeader("commune_code", "province_code", "name");

    /** The key column of the error report. */
    public static final String REPORT_KEY_COLUMN = "commune_code";

    private final StagedCsvImport staged;
    private final CommuneRows rows = new CommuneRows();

    public CommuneImport(Pool pool) {
        this.staged = new StagedCsvImport(pool);
    }

    /** Blocking; see {@link StagedCsvImport#run}. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        return staged.run(rows, in, report);
    }
}
