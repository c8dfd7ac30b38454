package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.BEN_NGHE;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.HCMC;
import static vn.vaxpass.access.Places.OTHER_FACILITY;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;
import static vn.vaxpass.access.Places.TRUC_BACH;
import static vn.vaxpass.access.Places.VACCINATED_AT;

import java.util.List;

import org.junit.jupiter.api.Test;

class ACallerWithSeveralRolesReachesWhatAnyOfThemReaches {

    private final Reach stationAndFacility =
            Reach.anyOf(List.of(Reach.commune(PHUC_XA), Reach.facility(OTHER_FACILITY)));

    @Test
    void whatEitherRoleReaches() {
        assertThat(stationAndFacility.reachesCommune(PHUC_XA, HANOI)).isTrue();
        assertThat(stationAndFacility.actsForFacility(OTHER_FACILITY)).isTrue();
    }

    @Test
    void nothingNeitherReaches() {
        assertThat(stationAndFacility.reachesCommune(TRUC_BACH, HANOI)).isFalse();
        assertThat(stationAndFacility.reachesProvince(HANOI)).isFalse();
        assertThat(stationAndFacility.actsForFacility(FACILITY)).isFalse();
        assertThat(stationAndFacility.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
    }

    @Test
    void seesRegistryIdNumbersWholeOnlyWhenOneRoleDoes() {
        assertThat(stationAndFacility.seesRegistryIdNumbersWhole()).isFalse();
        assertThat(Reach.province(HANOI).seesRegistryIdNumbersWhole()).isFalse();
        assertThat(Reach.anyOf(List.of(Reach.province(HANOI), Reach.ministry())).seesRegistryIdNumbersWhole()).isTrue();
    }

    @Test
    void oneRoleIsThatRolesReach() {
        assertThat(Reach.anyOf(List.of(Reach.province(HCMC)))).isEqualTo(Reach.province(HCMC));
    }

    @Test
    void noRoleReachesNothing() {
        Reach none = Reach.anyOf(List.of());
        assertThat(none.reachesCommune(BEN_NGHE, HCMC)).isFalse();
        assertThat(none.reachesProvince(HCMC)).isFalse();
        assertThat(none.actsForFacility(FACILITY)).isFalse();
        assertThat(none.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
        assertThat(none.provenIdNumber()).isEmpty();
        assertThat(none.parts()).isEmpty();
    }

    @Test
    void aCitizensNumberIsProvenWhateverElseTheCallerIs() {
        assertThat(Reach.anyOf(List.of(Reach.facility(FACILITY), Reach.citizen("001085012345"))).provenIdNumber())
                .contains("001085012345");
    }

    @Test
    void itsPartsAreEachRolesReach() {
        Reach nested = Reach.anyOf(List.of(stationAndFacility, Reach.province(HCMC)));
        assertThat(nested.parts()).containsExactly(Reach.commune(PHUC_XA), Reach.facility(OTHER_FACILITY),
                Reach.province(HCMC));
        assertThat(nested.reachesProvince(HCMC)).isTrue();
    }
}
