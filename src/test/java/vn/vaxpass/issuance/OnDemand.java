package vn.vaxpass.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.certificate.CertificateIdentifiers;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.Signer;
import vn.vaxpass.signing.TrustList;

/**
 * Certificates on demand against the test database, signed with the test DSC (valid 2025-06-02 to 2028-06-02),
 * and what a test needs around them: subjects ready for a certificate, confirmations, the revocation list.
 */
final class OnDemand {

    static final String ISSUER = "Ministry of Health of Viet Nam";
    static final Signer SIGNER = SigningFixture.es256();
    /** The DSC's first instant: two whole windows from here fit in its validity. */
    static final Instant DSC_START = SIGNER.certificate().getNotBefore().toInstant();
    static final Instant FIRST_REQUEST = Instant.parse("2025-07-01T03:00:00Z");

    final VaccinationRows rows;
    final Signer signer;
    final SignedCertificateStore signed;
    final CertificateOnDemand service;
    final RevocationStore revocations;
    final DoseConfirmations confirmations;

    OnDemand(Pool pool) {
        this(pool, SIGNER);
    }

    /** Certificates signed by {@code signer} (a KMS signer, a rotated key), kept as in production. */
    OnDemand(Pool pool, Signer signer) {
        this(pool, signer, true);
    }

    /** @param signOnce false: every request signed anew, as without the kept certificates */
    OnDemand(Pool pool, Signer signer, boolean signOnce) {
        rows = new VaccinationRows(pool);
        this.signer = signer;
        signed = new SignedCertificateStore(pool);
        CertificateIssuer issuer = new CertificateIssuer(signer);
        service = new CertificateOnDemand(new CertificateStore(pool), issuer, new SignOncePerWindow(signed, issuer, signOnce),
                new CertificateIdentifiers(true), ISSUER);
        revocations = new RevocationStore(pool);
        confirmations = new DoseConfirmations(pool);
    }

    /** A verified subject with two doses, both confirmed by their facility; returns the subject's id. */
    Subject readySubject() {
        String id = rows.subject("Đặng Văn Đức", "07/03/1985");
        rows.verified(id);
        LocalDate first = VaccinationRows.freshDay();
        LocalDate second = VaccinationRows.freshDay();
        long dose1 = rows.dose(id, 1, 2, first, VaccinationRows.FACILITY);
        long dose2 = rows.dose(id, 2, 2, second, VaccinationRows.FACILITY);
        confirm(first);
        confirm(second);
        return new Subject(id, dose1, dose2, second);
    }

    void confirm(LocalDate day) {
        confirmations.confirmDay(VaccinationRows.FACILITY, day, "staff-1", FIRST_REQUEST).await().indefinitely();
    }

    IssuedCertificate certificate(String subjectId, Instant at) {
        return service.certificate(subjectId, Reach.ministry(), at).await().indefinitely();
    }

    List<String> revokedHashes(Instant at) {
        return revocations.revokedAt(at).await().indefinitely().stream().map(RevokedCertificate::hash).toList();
    }

    /** Verified against this fixture's own signer's certificate. */
    VerificationResult verifyWithOwnKey(String hc1, Instant at) {
        return new CertificateVerifier(TrustList.of(signer.certificate()), Clock.fixed(at, ZoneOffset.UTC)).verify(hc1);
    }

    static VerificationResult verify(String hc1, Instant at) {
        return new CertificateVerifier(TrustList.of(SIGNER.certificate()), Clock.fixed(at, ZoneOffset.UTC)).verify(hc1);
    }

    record Subject(String id, long firstDose, long secondDose, LocalDate secondDoseDay) {
    }
}
