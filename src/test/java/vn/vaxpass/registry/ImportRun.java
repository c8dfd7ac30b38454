package vn.vaxpass.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRowHandler;

import vn.vaxpass.imports.ImportResult;
/** One import run by a test: its result, and its error report read back line by line. */
public record ImportRun(ImportResult result, List<ReportLine> report) {

    /** One line of the error report. */
    public record ReportLine(long line, String code, String key, String message) {

        /** "line code", the shortest way to compare a report with what a test expects. */
        public String lineAndCode() {
            return line + " " + code;
        }
    }

    /** What runs an import: {@code registryImport::run}, {@code subjectImport::run}. */
    @FunctionalInterface
    public interface Importer {
        ImportResult run(InputStream in, CsvErrorReport report) throws IOException;
    }

    public static ImportRun of(Importer importer, String keyColumn, CsvFile file) {
        return of(importer, keyColumn, file.stream());
    }

    public static ImportRun of(Importer importer, String keyColumn, InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvErrorReport report = new CsvErrorReport(new OutputStreamWriter(out, StandardCharsets.UTF_8), keyColumn);
            ImportResult result = importer.run(in, report);
            report.flush();
            return new ImportRun(result, read(out.toByteArray(), keyColumn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> linesAndCodes() {
        return report.stream().map(ReportLine::lineAndCode).toList();
    }

    private static List<ReportLine> read(byte[] report, String keyColumn) throws IOException {
        List<ReportLine> lines = new ArrayList<>();
        try {
            CsvFormat.withHeader("line", "code", keyColumn, "message").read(new ByteArrayInputStream(report),
                    CsvRowHandler.of(
                            row -> lines.add(new ReportLine(Long.parseLong(row.get(0)), row.get(1), row.get(2),
                                    row.get(3))),
                            error -> {
                                throw new AssertionError("The report is not well-formed CSV: " + error);
                            }));
        } catch (CsvFileException e) {
            if (e.code() != CsvFileException.Code.EMPTY_FILE) {
                throw new AssertionError("The report is not well-formed CSV: " + e.getMessage(), e);
            }
        }
        return lines;
    }
}
