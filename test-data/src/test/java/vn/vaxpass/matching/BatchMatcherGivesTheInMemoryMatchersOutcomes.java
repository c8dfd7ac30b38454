package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvRowError;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.registry.InMemoryRegistryView;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryExtract;
import vn.vaxpass.registry.RegistryFixtureRows;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

import vn.vaxpass.subject.SubjectData;
/**
 * Two fetches per chunk from PostgreSQL give every subject the outcome the matcher gives against the whole
 * registry in memory, suggestion and confidence included, and in the file's order.
 */
@QuarkusTest
class BatchMatcherGivesTheInMemoryMatchersOutcomes {

    private static final long SEED = 20_261_122L;

    @TempDir
    Path dir;

    @Inject
    Pool pool;

    @Inject
    SubjectsFileMatcher fileMatcher;

    @Test
    void sameOutcomesAsTheWholeRegistryInMemory() throws Exception {
        new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(20_000, 10_000, SEED), dir);
        List<RegistryEntry> people = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve(SyntheticDataGenerator.REGISTRY_FILE))) {
            RegistryExtract.FORMAT.read(in, CsvRowHandler.of(row -> people.add(RegistryExtract.entry(row)), error -> {
                throw new IllegalStateException(error.toString());
            }));
        }
        RegistryFixtureRows.deleteAll(pool);
        RegistryFixtureRows.insert(pool, people);
        InMemoryRegistryView wholeRegistry = new InMemoryRegistryView().addAll(people);
        SubjectMatcher inMemory = new SubjectMatcher();

        List<String> order = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        MatchTally tally = new MatchTally();
        try (InputStream in = Files.newInputStream(dir.resolve(SyntheticDataGenerator.SUBJECTS_FILE))) {
            // Small chunks, several in flight: many chunks, and their results handed over out of finishing order.
            fileMatcher.match(in, new ChunkSettings(700, 4), new SubjectsFileMatcher.Results() {
                @Override
                public void outcome(SubjectData subject, MatchOutcome outcome) {
                    order.add(subject.subjectId());
                    tally.add(outcome);
                    MatchOutcome expected = inMemory.match(subject, wholeRegistry);
                    if (!expected.equals(outcome)) {
                        differences.add(subject.subjectId() + ": " + outcome + " instead of " + expected);
                    }
                }

                @Override
                public void rowError(CsvRowError error) {
                    throw new IllegalStateException(error.toString());
                }
            });
        }

        assertThat(differences).isEmpty();
        assertThat(order).hasSize(10_000).isSorted();
        assertThat(tally.byStatus().get(MatchStatus.VERIFIED)).as("most are verified").isGreaterThan(6_000);
        assertThat(tally.byStatus().values()).as("every status occurs").allMatch(count -> count > 0);
    }
}
