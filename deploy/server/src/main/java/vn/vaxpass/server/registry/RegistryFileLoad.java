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
import vn.vaxpass.registry.ImportResult;
import vn.vaxpass.registry.RegistryImport;

/**
 * A registry extract file into the mirror, through the registry import (all or nothing per file; rows that
 * cannot be read are skipped and written to the error report beside it).
 */
@Dependent
public class RegistryFileLoad {

    /** The error report's file name, beside the file imported: {@code registry.csv} → {@code registry.csv.errors.csv}. */
    public static final String REPORT_SUFFIX = ".errors.csv";

    @Inject
    RegistryImport registryImport;

    public record Loaded(ImportResult result, Path report) {
    }

    public Loaded load(Path extract) throws IOException {
        Path report = extract.resolveSibling(extract.getFileName() + REPORT_SUFFIX);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(extract), 1 << 16);
             OutputStream reportOut = Files.newOutputStream(report)) {
            ImportResult result = registryImport.run(in, CsvErrorReport.utf8(reportOut, RegistryImport.REPORT_KEY_COLUMN));
            return new Loaded(result, report);
        }
    }
}
