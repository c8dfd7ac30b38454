package vn.vaxpass.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the size of a province's upload, made in the test's own directory. Its speed is measured and published
 * in {@code target/csv-throughput.txt}, never asserted: timing depends on the machine.
 */
class CsvReaderReadsAMillionRowsInBoundedMemory {

    /** Surefire runs in the module's directory: the figures land next to its reports. */
    private static final Path FIGURES = Path.of("target", "csv-throughput.txt");
    private static final int ROWS = 1_000_000;

    @Test
    void readsEveryRowWithoutHoldingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subjects.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write((SubjectCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (int n = 1; n <= ROWS; n++) {
                String row = n % 10 == 0
                        ? "VN" + n + ",\"Trần, Thị Bình\",1990-01-01,F,0790" + n + ",09" + n + ",26734\r\n"
                        : SubjectCsv.row(n);
                out.write(row.getBytes(StandardCharsets.UTF_8));
            }
        }

        long start = System.nanoTime();
        long rows = 0;
        long valueChars = 0;
        CsvReader reader;
        try (InputStream in = Files.newInputStream(file)) {
            reader = SubjectCsv.FORMAT.open(in);
            for (CsvLine line = reader.next(); line != null; line = reader.next()) {
                CsvRow row = (CsvRow) line;
                valueChars += row.get(1).length();
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(rows).isEqualTo(ROWS);
        assertThat(valueChars).isPositive();
        assertThat(reader.summary().lines()).isEqualTo(ROWS + 1);
        assertThat(reader.retainedBytes()).as("what the reader holds after a %d MB file", Files.size(file) >> 20)
                .isLessThan(2 * RecordScanner.CHUNK_BYTES);
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(FIGURES, String.format("%,d rows of %d columns (%d MB) read in %.2f s: %,d rows/s%n", ROWS,
                SubjectCsv.FORMAT.header().size(), Files.size(file) >> 20, seconds, Math.round(ROWS / seconds)));
    }
}
