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

class ACommuneReachesOnlyItsOwnCommune {

    private final Reach phucXa = Reach.commune(PHUC_XA);

    @Test
    void itsCommune() {
        assertThat(phucXa.reachesCommune(PHUC_XA, HANOI)).isTrue();
        assertThat(phucXa.reaches(Area.commune(HANOI, PHUC_XA))).isTrue();
    }

    @Test
    void notTheNeighbouringCommuneNorOneOfAnotherProvince() {
        assertThat(phucXa.reachesCommune(TRUC_BACH, HANOI)).isFalse();
        assertThat(phucXa.reachesCommune(BEN_NGHE, HCMC)).isFalse();
        assertThat(phucXa.reaches(Area.commune(HANOI, TRUC_BACH))).isFalse();
        assertThat(phucXa.reachesCommune(null, HANOI)).isFalse();
    }

    @Test
    void notItsProvinceAsAWhole() {
        assertThat(phucXa.reachesProvince(HANOI)).isFalse();
        assertThat(phucXa.reaches(Area.province(HANOI))).isFalse();
    }

    @Test
    void noFacilityNorCertificate() {
        assertThat(phucXa.actsForFacility(FACILITY)).isFalse();
        assertThat(phucXa.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
        assertThat(phucXa.provenIdNumber()).isEmpty();
    }
}
