package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.access.Places.FACILITY;
import static vn.vaxpass.access.Places.HANOI;
import static vn.vaxpass.access.Places.OTHER_SUBJECT;
import static vn.vaxpass.access.Places.PHUC_XA;
import static vn.vaxpass.access.Places.SUBJECT;
import static vn.vaxpass.access.Places.VACCINATED_AT;

import java.util.List;

import org.junit.jupiter.api.Test;

class ACitizenSessionReachesOnlyItsSubjectsCertificate {

    private final Reach session = Reach.citizenSession(SUBJECT);

    @Test
    void theCertificateOfItsSubject() {
        assertThat(session.reachesCertificateOf(SUBJECT, List.of())).isTrue();
    }

    @Test
    void notSomeoneElsesEvenFromTheSameFacility() {
        assertThat(session.reachesCertificateOf(OTHER_SUBJECT, VACCINATED_AT)).isFalse();
        assertThat(session.reachesCertificateOf(null, VACCINATED_AT)).isFalse();
    }

    @Test
    void nothingElse() {
        assertThat(session.reachesCommune(PHUC_XA, HANOI)).isFalse();
        assertThat(session.reachesProvince(HANOI)).isFalse();
        assertThat(session.actsForFacility(FACILITY)).isFalse();
        assertThat(session.provenIdNumber()).isEmpty();
    }
}
