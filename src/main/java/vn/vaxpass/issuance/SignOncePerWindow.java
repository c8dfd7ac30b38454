package vn.vaxpass.issuance;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import vn.vaxpass.certificate.CertificateConfig;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.UnsignedCertificate;

/**
 * The policy "sign once per subject, window and content": a certificate already signed for exactly what would be
 * signed now, with the key that signs now, and not revoked, is handed out again ({@link SignedCertificateStore});
 * otherwise it is signed and kept. KMS's quota for ECC signing (a few hundred requests per second per account and
 * region) then bounds the rate of new certificates, not of requests.
 *
 * <p>Never the source of truth: what is signed is computed from the record on every request, and the kept signature
 * is only reused for those very bytes. A correction or a re-confirmed dose changes the UVCI and so the content; a new
 * signing key changes the kid; either replaces the row. A signature is made off the event loop (KMS is a blocking
 * HTTP call, retried with back-off when throttled).
 */
@ApplicationScoped
public class SignOncePerWindow {

    private final SignedCertificateStore signed;
    private final CertificateIssuer issuer;
    private final boolean keep;

    @Inject
    public SignOncePerWindow(SignedCertificateStore signed, CertificateIssuer issuer, CertificateConfig config) {
        this(signed, issuer, config.signOnce());
    }

    /** @param keep false: sign on every request and keep nothing (the behaviour before the cache) */
    public SignOncePerWindow(SignedCertificateStore signed, CertificateIssuer issuer, boolean keep) {
        this.signed = signed;
        this.issuer = issuer;
        this.keep = keep;
    }

    /** The subject's certificate of this content: the one kept for it, else a new signature, kept. */
    public Uni<IssuedCertificate> certificate(String subjectId, UnsignedCertificate unsigned, Instant now) {
        if (!keep) {
            return signNow(unsigned);
        }
        byte[] contentHash = unsigned.contentHash();
        byte[] kid = issuer.signer().kid();
        return signed.find(subjectId, unsigned.validity().issuedAt(), contentHash, kid).chain(found -> found.isPresent()
                ? Uni.createFrom().item(issuer.signed(unsigned, found.get()))
                : signNow(unsigned).chain(made -> signed.keep(subjectId, made, contentHash, now)
                        .map(kept -> kept.equals(made.hc1()) ? made : issuer.signed(unsigned, kept))));
    }

    private Uni<IssuedCertificate> signNow(UnsignedCertificate unsigned) {
        return Uni.createFrom().item(() -> issuer.sign(unsigned)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
