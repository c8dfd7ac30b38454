package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.registry.InMemoryRegistryService;
import vn.vaxpass.registry.PopulationRegistry;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryExtract;
import vn.vaxpass.registry.RegistryFixtureRows;
import vn.vaxpass.registry.RegistryHttpClient;
import vn.vaxpass.registry.RegistryMirror;
import vn.vaxpass.registry.RegistryServiceProfile;
import vn.vaxpass.registry.RegistryView;
import vn.vaxpass.synthetic.SyntheticDataGenerator;

import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.subject.SubjectData;
/**
 * With {@code vaxpass.registry.source=http} every matcher injects the registry service's client; on the same people,
 * the service answers each request with the people the mirror returns, and the batch matcher gives every subject the
 * outcome it gives through the mirror.
 */
@QuarkusTest
@TestProfile(RegistryServiceProfile.class)
class BatchMatcherGivesTheMirrorsOutcomesThroughTheRegistryService {

    private static final long SEED = 20_261_123L;
    private static final int PEOPLE = 6_000;
    private static final int SUBJECTS = 3_000;
    private static final int CHUNK = 500;

    @TempDir
    static Path dir;

    private static List<RegistryEntry> people;
    private static List<SubjectData> subjects;

    /** Set by the test resource. */
    InMemoryRegistryService service;

    @Inject
    Pool pool;

    @Inject
    PopulationRegistry configured;

    @Inject
    RegistryMirror mirror;

    @Inject
    BatchMatcher throughService;

    private final SubjectMatcher matcher = new SubjectMatcher();

    @BeforeEach
    void sameRegistryInBoth() throws IOException, CsvFileException {
        if (people == null) {
            new SyntheticDataGenerator().generate(SyntheticDataGenerator.Settings.of(PEOPLE, SUBJECTS, SEED), dir);
            people = read(SyntheticDataGenerator.REGISTRY_FILE, RegistryExtract.FORMAT, RegistryExtract::entry);
            subjects = read(SyntheticDataGenerator.SUBJECTS_FILE, SubjectsFile.FORMAT, SubjectsFile::subject);
        }
        RegistryFixtureRows.deleteAll(pool);
        RegistryFixtureRows.insert(pool, people);
        service.serve(people);
    }

    @Test
    void theConfiguredRegistryIsTheServicesClient() {
        assertThat(ClientProxy.unwrap(configured)).isInstanceOf(RegistryHttpClient.class);
    }

    @Test
    void eachRequestGetsThePeopleTheMirrorReturns() {
        int compared = 0;
        for (List<SubjectData> chunk : chunks()) {
            MatchRequests direct = new MatchRequests();
            chunk.forEach(subject -> matcher.requestDirect(subject, direct));
            RegistryView firstPass = assertSameAnswer(direct);
            MatchRequests search = new MatchRequests();
            chunk.forEach(subject -> matcher.requestSearch(subject, firstPass, search));
            assertSameAnswer(search);
            compared += 2;
        }
        assertThat(compared).isEqualTo(2 * SUBJECTS / CHUNK);
    }

    @Test
    void everySubjectGetsTheOutcomeItGetsThroughTheMirror() {
        BatchMatcher throughMirror = new BatchMatcher(mirror, null, null);
        MatchTally tally = new MatchTally();
        int requestsBefore = service.requestsReceived();
        List<String> differences = new ArrayList<>();
        for (List<SubjectData> chunk : chunks()) {
            List<MatchOutcome> expected = throughMirror.match(chunk).await().indefinitely();
            List<MatchOutcome> outcomes = throughService.match(chunk).await().indefinitely();
            for (int i = 0; i < chunk.size(); i++) {
                tally.add(outcomes.get(i));
                if (!outcomes.get(i).equals(expected.get(i))) {
                    differences.add(chunk.get(i).subjectId() + ": " + outcomes.get(i) + " instead of " + expected.get(i));
                }
            }
        }

        assertThat(differences).isEmpty();
        assertThat(tally.byStatus().values()).as("every status occurs").allMatch(count -> count > 0);
        assertThat(service.requestsReceived() - requestsBefore).as("two fetches per chunk").isEqualTo(2 * SUBJECTS / CHUNK);
    }

    /** Both registries hold the same people for every number and block asked, and no other; the mirror's view. */
    private RegistryView assertSameAnswer(MatchRequests requests) {
        RegistryView expected = mirror.fetch(requests).await().indefinitely();
        RegistryView actual = configured.fetch(requests).await().indefinitely();
        for (RegistryEntry person : people) {
            assertThat(actual.byIdNumber(person.idNumber())).isEqualTo(expected.byIdNumber(person.idNumber()));
            if (person.oldIdNumber() != null) {
                assertThat(actual.byOldIdNumber(person.oldIdNumber())).isEqualTo(expected.byOldIdNumber(person.oldIdNumber()));
            }
        }
        requests.nameYears().forEach(block -> assertThat(set(actual.byNameAndBirthYear(block.asciiKey(), block.birthYear())))
                .isEqualTo(set(expected.byNameAndBirthYear(block.asciiKey(), block.birthYear()))));
        requests.communeYears().forEach(block -> assertThat(set(actual.byCommuneAndBirthYear(block.communeCode(), block.birthYear())))
                .isEqualTo(set(expected.byCommuneAndBirthYear(block.communeCode(), block.birthYear()))));
        return expected;
    }

    private static Set<RegistryEntry> set(List<RegistryEntry> people) {
        return new HashSet<>(people);
    }

    private static List<List<SubjectData>> chunks() {
        List<List<SubjectData>> chunks = new ArrayList<>();
        for (int from = 0; from < subjects.size(); from += CHUNK) {
            chunks.add(subjects.subList(from, Math.min(from + CHUNK, subjects.size())));
        }
        return chunks;
    }

    private static <T> List<T> read(String file, CsvFormat format, Function<CsvRow, T> map) throws IOException, CsvFileException {
        List<T> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve(file))) {
            format.read(in, CsvRowHandler.of(row -> rows.add(map.apply(row)), error -> {
                throw new IllegalStateException(error.toString());
            }));
        }
        return rows;
    }
}
