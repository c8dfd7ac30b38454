package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryExtract;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.subject.SubjectData;
/**
 * The contract's quality bar, on synthetic data with known truth (a seed the matcher's rules were not
 * tuned on): 0 false VERIFIED, status accuracy ≥ 99%, suggestion recall ≥ 90%, precision ≥ 99.5% at
 * confidence ≥ 0.9.
 */
class MatcherMeetsTheQualityBarOnSyntheticData {

    private static final long UNSEEN_SEED = 20_260_101L;

    @TempDir
    Path dir;

    @Test
    void meetsTheBar() throws Exception {
        // Larger runs: -Dvaxpass.quality.people=2000000 -Dvaxpass.quality.subjects=1000000 -Dvaxpass.quality.seed=7
        MatchQuality quality = evaluate(dir, Integer.getInteger("vaxpass.quality.people", 40_000),
                Integer.getInteger("vaxpass.quality.subjects", 20_000), Long.getLong("vaxpass.quality.seed", UNSEEN_SEED));
        Files.writeString(Path.of("target/match-quality.txt"), quality + System.lineSeparator());

        assertThat(quality.falseVerified()).as(quality.toString()).isZero();
        assertThat(quality.statusAccuracy()).as(quality.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(quality.suggestionRecall()).as(quality.toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(quality.confidentPrecision()).as(quality.toString()).isGreaterThanOrEqualTo(0.995);
    }

    static MatchQuality evaluate(Path dir, int people, int subjects, long seed) throws Exception {
        new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(people, subjects, seed), dir);
        InMemoryRegistryView registry = new InMemoryRegistryView();
        try (InputStream in = Files.newInputStream(dir.resolve(SyntheticDataGenerator.REGISTRY_FILE))) {
            RegistryExtract.FORMAT.read(in, CsvRowHandler.of(row -> registry.add(RegistryExtract.entry(row)), error -> {
                throw new IllegalStateException(error.toString());
            }));
        }
        Map<String, String[]> truth = new HashMap<>();
        CsvFormat truthFormat = CsvFormat.withHeader("subject_id", "true_id_number", "expected_status",
                "expected_mismatched_fields", "matched_id_number", "corruptions", "variations");
        try (InputStream in = Files.newInputStream(dir.resolve(SyntheticDataGenerator.TRUTH_FILE))) {
            truthFormat.read(in, CsvRowHandler.of(row -> truth.put(row.get(0), new String[] {row.get(1), row.get(2)}),
                    error -> {
                        throw new IllegalStateException(error.toString());
                    }));
        }
        SubjectMatcher matcher = new SubjectMatcher();
        MatchQuality quality = new MatchQuality();
        try (InputStream in = Files.newInputStream(dir.resolve(SyntheticDataGenerator.SUBJECTS_FILE))) {
            SubjectsFile.FORMAT.read(in, CsvRowHandler.of(row -> {
                SubjectData subject = SubjectsFile.subject(row);
                String[] expected = truth.get(subject.subjectId());
                MatchOutcome outcome = matcher.match(subject, registry);
                quality.add(MatchStatus.valueOf(expected[1]), expected[0].isEmpty() ? null : expected[0], outcome);
            }, error -> {
                throw new IllegalStateException(error.toString());
            }));
        }
        return quality;
    }
}
