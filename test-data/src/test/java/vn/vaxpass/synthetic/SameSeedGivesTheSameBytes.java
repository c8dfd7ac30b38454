package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameSeedGivesTheSameBytes {

    /** The files drawn with the seed; communes.csv is the generator's whole commune table, the same for any seed. */
    private static final List<String> DRAWN_FILES = List.of(SyntheticDataGenerator.REGISTRY_FILE,
            SyntheticDataGenerator.SUBJECTS_FILE, SyntheticDataGenerator.TRUTH_FILE, SyntheticDataGenerator.DOSES_FILE);
    private static final List<String> FILES = List.of(SyntheticDataGenerator.REGISTRY_FILE,
            SyntheticDataGenerator.SUBJECTS_FILE, SyntheticDataGenerator.TRUTH_FILE, SyntheticDataGenerator.COMMUNES_FILE,
            SyntheticDataGenerator.DOSES_FILE);

    @TempDir
    Path temp;

    @Test
    void twoRunsWithOneSeedWriteIdenticalFiles() throws IOException {
        SyntheticDataGenerator.Settings settings = SyntheticDataGenerator.Settings.of(20_000, 10_000, 7);
        new SyntheticDataGenerator().generate(settings, temp.resolve("first"));
        new SyntheticDataGenerator().generate(settings, temp.resolve("second"));
        for (String file : FILES) {
            assertThat(Files.mismatch(temp.resolve("first").resolve(file), temp.resolve("second").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherFiles() throws IOException {
        new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(5_000, 2_000, 7), temp.resolve("a"));
        new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(5_000, 2_000, 8), temp.resolve("b"));
        for (String file : DRAWN_FILES) {
            assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file)))
                    .as(file).isNotEqualTo(-1L);
        }
    }
}
