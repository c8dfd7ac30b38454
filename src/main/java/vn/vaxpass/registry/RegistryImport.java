package vn.vaxpass.registry;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvErrorReport;

import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.imports.StagedCsvImport;
/**
 * Loads a population-registry extract ({@link RegistryExtract#FORMAT}) into the registry mirror
 * ({@code registry_person}): new people inserted, changed ones updated, the rest untouched; people missing from the
 * file stay (an extract may cover one province). See {@link StagedCsvImport} for what refuses the file and what
 * skips a row, and {@link RegistryRowError} for the row codes.
 */
@Singleton
public class RegistryImport {

    /** The key column of the error report. */
    public static final String REPORT_KEY_COLUMN = "id_number";

    private final StagedCsvImport staged;
    private final RegistryRows rows = new RegistryRows();

    public RegistryImport(Pool pool) {
        this.staged = new StagedCsvImport(pool);
    }

    /** Blocking; see {@link StagedCsvImport#run}. */
    public ImportResult run(InputStream in, CsvErrorReport report) throws IOException {
        return staged.run(rows, in, report);
    }
}
