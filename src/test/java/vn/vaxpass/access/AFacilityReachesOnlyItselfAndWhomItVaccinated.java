package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.OTHER_FACILITY;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;
import static vn.vaxpass.access.Places.VACCINATED_AT;

import java.util.List;

import org.junit.jupiter.api.Test;

class AFacilityReachesOnlyItselfAndWhomItVaccinated {

    private final Reach facility = Reach.facility(FACILITY);

    @Test
    void actsForItselfOnly() {
        assertThat(facility.actsForFacility(FACILITY)).isTrue();
        assertThat(facility.actsForFacility(OTHER_FACILITY)).isFalse();
        assertThat(facility.actsForFacility(null)).isFalse();
    }

    @Test
    void hasTheCertificateOfSomeoneItGaveADoseTo() {
        assertThat(facility.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isTrue();
    }

    @Test
    void notTheCertificateOfSomeoneOnlyOthersVaccinated() {
        assertThat(Reach.facility(OTHER_FACILITY).reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
        assertThat(facility.reachesCertificateOf(SUBJECT, List.of())).isFalse();
    }

    @Test
    void noCommuneNorProvince() {
        assertThat(facility.reachesCommune(PHUC_XA, HANOI)).isFalse();
        assertThat(facility.reachesProvince(HANOI)).isFalse();
        assertThat(facility.provenIdNumber()).isEmpty();
    }
}
