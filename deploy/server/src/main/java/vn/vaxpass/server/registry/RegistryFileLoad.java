package vn.vaxpass.server.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.registry.RegistryImport;

/**
 * A CSV file into its table through its staged import (all or nothing per file; rows that cannot be read are skipped
 * and written to the error report beside it): a registry extract into the mirror, or any other import's file.
 */
@Dependent
public class RegistryFileLoad {

    /** The error report's file name, beside the file imported: {@code registry.csv} → {@code registry.csv.errors.csv}. */
    public static final String REPORT_SUFFIX = ".errors.csv";

    private final RegistryImport registryImport;

    @Inject
    public RegistryFileLoad(RegistryImport registryImport) {
        this.registryImport = registryImport;
    }

    public record Loaded(ImportResult result, Path report) {
    }

    /** One import's entry point: {@code RegistryImport::run}, {@code SubjectImport::run}... */
    @FunctionalInterface
    public interface FileImport {
        ImportResult run(InputStream in, CsvErrorReport report) throws IOException;
    }

    public Loaded load(Path extract) throws IOException {
        return load(extract, registryImport::run, RegistryImport.REPORT_KEY_COLUMN);
    }

    /** @param keyColumn the error report's key column, the import's {@code REPORT_KEY_COLUMN} */
    public Loaded load(Path file, FileImport fileImport, String keyColumn) throws IOException {
        Path report = file.resolveSibling(file.getFileName() + REPORT_SUFFIX);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             OutputStream reportOut = Files.newOutputStream(report)) {
            ImportResult result = fileImport.run(in, CsvErrorReport.utf8(reportOut, keyColumn));
            return new Loaded(result, report);
        }
    }
}
