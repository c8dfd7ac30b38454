package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.registry.RegistryEntryFixture.person;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.MatchRequests.CommuneYear;
import vn.vaxpass.registry.MatchRequests.NameYear;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.matching.SubjectMatcher;

/**
 * A population registry returns every person a matching pass asked for, whole blocks included, and nobody else: not
 * the namesake born another year, not the commune's people of other years, not a number nobody asked about. Every
 * implementation passes the same cases, so each gives what the others give.
 */
abstract class PopulationRegistryFetchesExactlyTheRequestedPeople {

    private static final RegistryEntry DUC = person("001085012345", "123456789", "Đặng Văn Đức", "1985-03-07", Gender.MALE, "T01");
    private static final RegistryEntry NAMESAKE_SAME_YEAR = person("079085000001", null, "Đặng Văn Đức", "1985-11-20", Gender.MALE, "T02");
    private static final RegistryEntry NAMESAKE_OTHER_YEAR = person("079086000002", null, "Đặng Văn Đức", "1986-01-02", Gender.MALE, "T02");
    private static final RegistryEntry COMMUNE_SAME_YEAR = person("001185000003", null, "Lê Thị Hoa", "1985", Gender.FEMALE, "T01");
    private static final RegistryEntry COMMUNE_OTHER_YEAR = person("001090000004", null, "Lê Văn Nam", "1990-05-05", Gender.MALE, "T01");
    private static final RegistryEntry OTHER_COMMUNE_SAME_YEAR = person("001085000005", null, "Phạm Minh Tâm", "1985-08-08", Gender.MALE, "T03");
    private static final RegistryEntry ONE_DIGIT_AWAY = person("001085012346", null, "Trần Văn Bình", "1970-02-02", Gender.MALE, "T03");
    private static final RegistryEntry OLD_NUMBER_ONLY = person("036170000006", "987654321", "Vũ Thị Lan", "1970-12-12", Gender.FEMALE, "T03");

    private static final List<RegistryEntry> EVERYONE = List.of(DUC, NAMESAKE_SAME_YEAR, NAMESAKE_OTHER_YEAR,
            COMMUNE_SAME_YEAR, COMMUNE_OTHER_YEAR, OTHER_COMMUNE_SAME_YEAR, ONE_DIGIT_AWAY, OLD_NUMBER_ONLY);

    private final SubjectMatcher matcher = new SubjectMatcher();

    /** The implementation under test, holding exactly these people. */
    abstract PopulationRegistry registryOf(List<RegistryEntry> people);

    private PopulationRegistry underTest;

    @BeforeEach
    void holdEveryone() {
        underTest = registryOf(EVERYONE);
    }

    @Test
    void aNumberFetchesItsHolderOnly() {
        MatchRequests requests = requests(r -> matcher.requestDirect(subject("001085012345"), r));

        RegistryView view = underTest.fetch(requests).await().indefinitely();

        assertHolds(view, List.of(DUC));
    }

    @Test
    void anOldNumberFetchesItsHolderOnly() {
        MatchRequests requests = requests(r -> matcher.requestDirect(subject("987654321"), r));

        assertHolds(underTest.fetch(requests).await().indefinitely(), List.of(OLD_NUMBER_ONLY));
    }

    @Test
    void theSearchPassFetchesNeighboursAndWholeBlocks() {
        // Nobody has this number: the search asks for its neighbours, the name's blocks (as written and in the other
        // word orders, for names written given name first) and the commune's, for 1985.
        SubjectData subject = subject("001085012347");
        MatchRequests requests = requests(r -> matcher.requestSearch(subject, new InMemoryRegistryView(), r));
        assertThat(requests.nameYears()).containsExactlyInAnyOrder(new NameYear("DANG VAN DUC", 1985),
                new NameYear("VAN DUC DANG", 1985), new NameYear("DUC DANG VAN", 1985));
        assertThat(requests.communeYears()).containsExactly(new CommuneYear("T01", 1985));

        RegistryView view = underTest.fetch(requests).await().indefinitely();

        assertHolds(view, List.of(DUC, NAMESAKE_SAME_YEAR, COMMUNE_SAME_YEAR, ONE_DIGIT_AWAY));
        assertThat(view.byNameAndBirthYear("DANG VAN DUC", 1985)).containsExactlyInAnyOrder(DUC, NAMESAKE_SAME_YEAR);
        assertThat(view.byCommuneAndBirthYear("T01", 1985)).containsExactlyInAnyOrder(DUC, COMMUNE_SAME_YEAR);
        assertThat(view.byOldIdNumber("123456789")).contains(DUC);
    }

    @Test
    void nothingRequestedIsNothingFetched() {
        assertHolds(underTest.fetch(new MatchRequests()).await().indefinitely(), List.of());
    }

    /** The view holds exactly these people of the registry, each as stored, and none of the others. */
    private static void assertHolds(RegistryView view, List<RegistryEntry> expected) {
        for (RegistryEntry person : EVERYONE) {
            if (expected.contains(person)) {
                assertThat(view.byIdNumber(person.idNumber())).as(person.fullName()).contains(person);
            } else {
                assertThat(view.byIdNumber(person.idNumber())).as(person.fullName()).isEmpty();
            }
        }
    }

    private static SubjectData subject(String idNumber) {
        return new SubjectData("S-1", "Đặng Văn Đức", "07/03/1985", "Nam", idNumber, "T01");
    }

    private static MatchRequests requests(Consumer<MatchRequests> collect) {
        MatchRequests requests = new MatchRequests();
        collect.accept(requests);
        return requests;
    }
}
