package vn.vaxpass.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.confirmation.VaccinationRows;

/** The same window gives the byte-identical certificate (kept once signed); the next window a new one, valid in its time. */
@QuarkusTest
class CertificateOnDemandGivesOneCertificatePerWindow {

    @Inject
    Pool pool;

    private OnDemand onDemand;

    @BeforeEach
    void setUp() {
        onDemand = new OnDemand(pool);
    }

    @Test
    void theSameWindowGivesTheByteIdenticalHc1() {
        OnDemand.Subject subject = onDemand.readySubject();

        IssuedCertificate first = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        IssuedCertificate later = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST.plus(Duration.ofDays(200)));

        assertThat(later.hc1()).isEqualTo(first.hc1());
        assertThat(first.validity()).isEqualTo(ValidityWindow.startingAt(OnDemand.FIRST_REQUEST));
        assertThat(OnDemand.verify(later.hc1(), OnDemand.FIRST_REQUEST.plus(Duration.ofDays(200))).isValid()).isTrue();
    }

    @Test
    void theFirstSignatureAnchorsTheWindowsOnceAndTheCertificateIsKeptOnce() {
        OnDemand.Subject subject = onDemand.readySubject();

        IssuedCertificate first = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST.plus(Duration.ofDays(3)));

        assertThat(onDemand.rows.count("SELECT count(*) FROM certificate_anchor WHERE subject_id = $1"
                + " AND first_signed_at = $2", subject.id(), CertificateStore.utc(OnDemand.FIRST_REQUEST))).isEqualTo(1);
        assertThat(onDemand.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject.id()))
                .isEqualTo(1);
        assertThat(onDemand.rows.count("SELECT count(*) FROM certificate_served WHERE uvci = $1", first.uvci()))
                .isEqualTo(1);
        assertThat(onDemand.rows.count("SELECT count(*) FROM certificate_signed WHERE subject_id = $1 AND uvci = $2",
                subject.id(), first.uvci())).as("kept as a cache, one row per subject and window").isEqualTo(1);
    }

    @Test
    void certifiesTheLatestDoseWithTheSubjectsData() {
        OnDemand.Subject subject = onDemand.readySubject();

        IssuedCertificate certificate = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);

        assertThat(certificate.dcc().at("/nam/fnt").asText()).isEqualTo("DANG");
        assertThat(certificate.dcc().at("/nam/gnt").asText()).isEqualTo("VAN<DUC");
        assertThat(certificate.dcc().at("/dob").asText()).isEqualTo("1985-03-07");
        assertThat(certificate.dcc().at("/v/0/dn").asInt()).isEqualTo(2);
        assertThat(certificate.dcc().at("/v/0/dt").asText()).isEqualTo(subject.secondDoseDay().toString());
        assertThat(certificate.dcc().at("/v/0/is").asText()).isEqualTo(OnDemand.ISSUER);
        assertThat(certificate.dcc().at("/v/0/co").asText()).isEqualTo("VN");
        assertThat(certificate.dcc().at("/v/0/ci").asText()).isEqualTo(certificate.uvci()).startsWith("URN:UVCI:01:VN:");
    }

    @Test
    void twoPeopleWithTheSameDataGetDifferentUvcis() {
        OnDemand.Subject one = onDemand.readySubject();
        OnDemand.Subject other = onDemand.readySubject();

        assertThat(onDemand.certificate(one.id(), OnDemand.FIRST_REQUEST).uvci())
                .isNotEqualTo(onDemand.certificate(other.id(), OnDemand.FIRST_REQUEST).uvci());
    }

    @Test
    void theNextWindowGivesANewCertificateThatVerifiesInItsTime() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate first = onDemand.certificate(subject.id(), OnDemand.DSC_START);
        Instant nextYear = OnDemand.DSC_START.plus(Duration.ofDays(400));

        IssuedCertificate next = onDemand.certificate(subject.id(), nextYear);

        assertThat(next.hc1()).isNotEqualTo(first.hc1());
        assertThat(next.uvci()).isNotEqualTo(first.uvci());
        assertThat(next.validity().issuedAt()).isEqualTo(first.validity().expiresAt());
        assertThat(next.validity()).isEqualTo(ValidityWindow.startingAt(first.validity().expiresAt()));
        VerificationResult result = OnDemand.verify(next.hc1(), nextYear);
        assertThat(result.isValid()).as("%s %s", result.error(), result.message()).isTrue();
        assertThat(OnDemand.verify(first.hc1(), nextYear).isValid()).isFalse();
        assertThat(onDemand.revokedHashes(OnDemand.DSC_START)).doesNotContain(RevocationHash.of(first.uvci()));
    }

    @Test
    void aBoosterGivenWithinTheWindowIsCertifiedInThatWindow() {
        OnDemand.Subject subject = onDemand.readySubject();
        IssuedCertificate before = onDemand.certificate(subject.id(), OnDemand.FIRST_REQUEST);
        LocalDate boosterDay = LocalDate.of(2025, 8, 1);
        onDemand.rows.dose(subject.id(), 3, 3, boosterDay, VaccinationRows.FACILITY);
        onDemand.confirm(boosterDay);
        Instant after = Instant.parse("2025-08-02T03:00:00Z");

        IssuedCertificate booster = onDemand.certificate(subject.id(), after);

        assertThat(booster.validity()).isEqualTo(before.validity());
        assertThat(booster.dcc().at("/v/0/dn").asInt()).isEqualTo(3);
        assertThat(booster.uvci()).isNotEqualTo(before.uvci());
        assertThat(OnDemand.verify(booster.hc1(), after).isValid()).isTrue();
        assertThat(onDemand.revokedHashes(after)).as("a booster does not revoke the earlier certificate")
                .doesNotContain(RevocationHash.of(before.uvci()));
    }
}
