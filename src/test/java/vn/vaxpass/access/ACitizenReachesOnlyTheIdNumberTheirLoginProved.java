package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;
import static vn.vaxpass.access.Places.VACCINATED_AT;

import org.junit.jupiter.api.Test;

class ACitizenReachesOnlyTheIdNumberTheirLoginProved {

    private final Reach citizen = Reach.citizen("001085012345");

    @Test
    void provesTheNumberOfTheLogin() {
        assertThat(citizen.provenIdNumber()).contains("001085012345");
    }

    @Test
    void aLoginThatProvedNoNumberProvesNone() {
        assertThat(Reach.citizen(null).provenIdNumber()).isEmpty();
        assertThat(Reach.citizen(" ").provenIdNumber()).isEmpty();
    }

    @Test
    void nothingElse() {
        assertThat(citizen.reachesCommune(PHUC_XA, HANOI)).isFalse();
        assertThat(citizen.reachesProvince(HANOI)).isFalse();
        assertThat(citizen.actsForFacility(FACILITY)).isFalse();
        assertThat(citizen.reachesCertificateOf(SUBJECT, VACCINATED_AT)).isFalse();
    }
}
