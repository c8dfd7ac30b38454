package vn.vaxpass.certificate.issuance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.certificate.CertificateConfig;
import vn.vaxpass.certificate.CertificateIdentifiers;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.FieldError;
import vn.vaxpass.certificate.InvalidCertificateDataException;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.ValidityWindow;

/**
 * A subject's certificate, signed on request and never stored: a pure function of the verified record and its
 * confirmed doses, the validity window containing the request's time, and the signing key. With deterministic
 * ES256 the same window gives the byte-identical HC1; the next window gives a new certificate by itself.
 *
 * <p>The steps: load the record → may the caller see it → is it eligible → the window (anchored at the first
 * signature, written once) → the engine's record → the UVCI derived from subject, version, window and the
 * certified dose's content → sign → note the UVCI as handed out (once; revocation derives from it).
 */
@ApplicationScoped
public class CertificateOnDemand {

    private final CertificateRecords records;
    private final CertificateIssuer issuer;
    private final CertificateIdentifiers identifiers;
    private final String issuerName;

    @Inject
    public CertificateOnDemand(CertificateRecords records, CertificateIssuer issuer, CertificateIdentifiers identifiers,
            CertificateConfig config) {
        this(records, issuer, identifiers, config.issuer());
    }

    public CertificateOnDemand(CertificateRecords records, CertificateIssuer issuer, CertificateIdentifiers identifiers,
            String issuerName) {
        this.records = records;
        this.issuer = issuer;
        this.identifiers = identifiers;
        this.issuerName = issuerName;
    }

    /**
     * @return a failed Uni with {@link SubjectNotFoundException} when there is no such subject for this caller,
     *     {@link NotEligibleException} when the subject cannot have a certificate now
     */
    public Uni<IssuedCertificate> certificate(String subjectId, CertificateAccess access, Instant now) {
        return certificate(subjectId, access, now, now);
    }

    /**
     * The certificate of the window containing {@code at}, made at {@code now}: what a request at {@code at} would be
     * served, byte for byte with a deterministic signer (renewal computes the next window's ahead of time). Noted as
     * handed out at {@code now}.
     */
    public Uni<IssuedCertificate> certificate(String subjectId, CertificateAccess access, Instant at, Instant now) {
        return records.load(subjectId, now).chain(found -> {
            SubjectRecord subject = found.filter(access::permits).orElseThrow(SubjectNotFoundException::new);
            List<Ineligibility> reasons = EligibilityPolicy.reasons(subject);
            if (!reasons.isEmpty()) {
                throw new NotEligibleException(reasons);
            }
            CertifiedRecord record = CertifiedRecord.of(subject, issuerName);
            Uni<Instant> anchor = subject.windowAnchor().map(a -> Uni.createFrom().item(a))
                    .orElseGet(() -> records.anchor(subjectId, now.truncatedTo(ChronoUnit.SECONDS)));
            return anchor.chain(a -> sign(subject, record, AnchoredWindows.containing(a, at), now));
        });
    }

    private Uni<IssuedCertificate> sign(SubjectRecord subject, CertifiedRecord record, ValidityWindow window, Instant now) {
        String uvci = uvci(subject, record, window);
        IssuedCertificate certificate;
        try {
            certificate = issuer.issue(record.record(), uvci, window.issuedAt(), now);
        } catch (InvalidCertificateDataException e) {
            throw new NotEligibleException(e.errors().stream().map(CertificateOnDemand::notCertifiable).toList());
        }
        if (subject.servedUvcis().contains(uvci)) {
            return Uni.createFrom().item(certificate);
        }
        ServedCertificate served = new ServedCertificate(uvci, subject.subjectId(), subject.version(), window,
                record.certifiedDose().id(), record.certifiedDose().currentHash(), now);
        return records.served(served).replaceWith(certificate);
    }

    /** Stable within a window and a record version; another subject, version, window or dose content, another UVCI. */
    String uvci(SubjectRecord subject, CertifiedRecord record, ValidityWindow window) {
        return identifiers.derive(subject.subjectId(), Integer.toString(subject.version()),
                Long.toString(window.issuedAt().getEpochSecond()),
                HexFormat.of().formatHex(record.certifiedDose().currentHash()));
    }

    private static Ineligibility notCertifiable(FieldError error) {
        return new Ineligibility(EligibilityReason.RECORD_NOT_CERTIFIABLE, error.field(),
                "The record cannot be put on a certificate as it is: " + error.message());
    }
}
