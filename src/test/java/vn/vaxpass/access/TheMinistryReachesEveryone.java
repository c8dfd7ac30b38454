package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.BEN_NGHE;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.HCMC;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;

import java.util.List;

import org.junit.jupiter.api.Test;

class TheMinistryReachesEveryone {

    private final Reach ministry = Reach.ministry();

    @Test
    void everyCommuneAndProvince() {
        assertThat(ministry.reachesCommune(PHUC_XA, HANOI)).isTrue();
        assertThat(ministry.reachesCommune(BEN_NGHE, HCMC)).isTrue();
        assertThat(ministry.reachesProvince(HANOI)).isTrue();
        assertThat(ministry.reachesProvince(HCMC)).isTrue();
        assertThat(ministry.reaches(Area.commune(HCMC, BEN_NGHE))).isTrue();
        assertThat(ministry.reaches(Area.province(HANOI))).isTrue();
    }

    @Test
    void everyFacilityAndEveryonesCertificate() {
        assertThat(ministry.actsForFacility(FACILITY)).isTrue();
        assertThat(ministry.reachesCertificateOf(SUBJECT, List.of())).isTrue();
    }

    @Test
    void seesRegistryIdNumbersWhole() {
        assertThat(ministry.seesRegistryIdNumbersWhole()).isTrue();
    }

    @Test
    void provesNoIdNumber() {
        assertThat(ministry.provenIdNumber()).isEmpty();
    }
}
