package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.BEN_NGHE;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.HCMC;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;
import static vn.vaxpass.access.Places.TRUC_BACH;
import static vn.vaxpass.access.Places.VACCINATED_AT;

import org.junit.jupiter.api.Test;

class AProvinceReachesOnlyItsOwnProvince {

    private final Reach hanoi = Reach.province(HANOI);

    @Test
    void itsProvinceAndEveryCommuneOfIt() {
        assertThat(hanoi.reachesProvince(HANOI)).isTrue();
        assertThat(hanoi.reachesCommune(PHUC_XA, HANOI)).isTrue();
        assertThat(hanoi.reachesCommune(TRUC_BACH, HANOI)).isTrue();
        assertThat(hanoi.reaches(Area.province(HANOI))).isTrue();
        assertThat(hanoi.reaches(Area.commune(HANOI, TRUC_BACH))).isTrue();
    }

    @Test
    void notAnotherProvinceNorItsCommunes() {
        assertThat(hanoi.reachesProvince(HCMC)).isFalse();
        assertThat(hanoi.reachesCommune(BEN_NGHE, HCMC)).isFalse();
        assertThat(hanoi.reaches(Area.province(HCMC))).isFalse();
        assertThat(hanoi.reaches(Area.commune(HCMC, BEN_NGHE))).isFalse();
        assertThat(hanoi.reachesProvince(null)).isFalse();
    }

    @Test
    void noFacilityNorCertificate() {
        assertThat(hanoi.actsForFacility(FACILITY)).isFalse();
        assertThat(hanoi.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
        assertThat(hanoi.provenIdNumber()).isEmpty();
    }
}
