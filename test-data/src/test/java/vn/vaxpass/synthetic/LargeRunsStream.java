package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200,000 subjects are written as they are made, in seconds. (Memory is bounded by construction: no subject is kept
 * after its row is written; only the registry's compact arrays are held.)
 */
class LargeRunsStream {

    private static final int SUBJECTS = 200_000;

    @TempDir
    Path temp;

    @Test
    void twoHundredThousandSubjectsTakeSeconds() throws IOException {
        long start = System.nanoTime();
        SyntheticDataGenerator.Summary summary = new SyntheticDataGenerator()
                .generate(SyntheticDataGenerator.Settings.of(100_000, SUBJECTS, 11), temp);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(summary.subjects()).isEqualTo(SUBJECTS);
        try (var lines = Files.lines(temp.resolve(SyntheticDataGenerator.TRUTH_FILE))) {
            assertThat(lines.count()).isEqualTo(SUBJECTS + 1L);
        }
        // A few seconds of CPU; generous for a loaded CI machine.
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }
}
