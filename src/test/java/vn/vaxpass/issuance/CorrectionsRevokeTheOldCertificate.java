package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.revocation.RevocationHash;

/**
 * "A corrected record revokes its certificate", derived from what was handed out: whatever path corrected the data,
 * the old certificate's UVCI hash is on the list until it expires, and the next request gets the corrected one.
 */
@QuarkusTest
class CorrectionsRevokeTheOldCertificate {

    private static final Instant LATER = OnDemand.FIRST_REQUEST.plus(Duration.ofDays(20));

    @Inject
    Pool pool;

    private OnDemand onDemand;

    @BeforeEach
    void setUp() {
        onDemand = new OnDemand(pool);
    }

    @Test
    void aCorrectedNameRevokesTheOldCertificateAndTheNextRequestGetsTheCorrectedOne() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate old = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        onDemand.rows.correctName(subject.id(), "Đặng Văn Đạt");
        assertThat(onDemand.revokedHashes(LATER)).as("revoked as soon as the data changed").contains(RevocationHash.of(old.uvci()));
        onDemand.rows.verified(subject.id());
        IssuedCertificate corrected = onDemand.certificate(subject.id(), LATER);

        assertThat(corrected.dcc().at("/nam/gnt").asText()).isEqualTo("VAN<DAT");
        assertThat(corrected.hc1()).isNotEqualTo(old.hc1());
        assertThat(corrected.uvci()).isNotEqualTo(old.uvci());
        assertThat(corrected.validity()).as("the same window").isEqualTo(old.validity());
        assertThat(OnDemand.verify(corrected.hc1(), LATER).isValid()).isTrue();
        assertThat(onDemand.revokedHashes(LATER)).contains(RevocationHash.of(old.uvci()))
                .doesNotContain(RevocationHash.of(corrected.uvci()));
    }

    @Test
    void aCertificateNeverRequestedAgainIsNotListed() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate certificate = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        assertThat(onDemand.revokedHashes(LATER)).doesNotContain(RevocationHash.of(certificate.uvci()));
    }

    @Test
    void aDoseCorrectedAndConfirmedAgainRevokesTheCertificateOfItsOldContent() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate old = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        onDemand.rows.changeLot(subject.secondDose(), "FF9999");
        assertThat(catchThrowableOfType(NotEligibleException.class, () -> onDemand.certificate(subject.id(), LATER)).reason())
                .isEqualTo(EligibilityReason.DOSE_CHANGED_AFTER_CONFIRMATION);
        onDemand.confirm(subject.secondDoseDay());
        IssuedCertificate corrected = onDemand.certificate(subject.id(), LATER);

        assertThat(corrected.uvci()).isNotEqualTo(old.uvci());
        assertThat(onDemand.revokedHashes(LATER)).contains(RevocationHash.of(old.uvci()))
                .doesNotContain(RevocationHash.of(corrected.uvci()));
    }

    @Test
    void aDeletedSubjectsCertificateIsRevoked() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate certificate = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        onDemand.rows.deleteSubject(subject.id());

        assertThat(onDemand.revokedHashes(LATER)).contains(RevocationHash.of(certificate.uvci()));
    }

    @Test
    void aRevokedCertificateLeavesTheListWhenItExpires() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate old = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        onDemand.rows.correctName(subject.id(), "Đặng Văn Đạt");

        assertThat(onDemand.revokedHashes(old.validity().expiresAt())).doesNotContain(RevocationHash.of(old.uvci()));
    }
}
