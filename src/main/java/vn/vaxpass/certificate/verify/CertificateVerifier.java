package vn.vaxpass.certificate.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.revocation.RevokedHashes;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.signing.TrustList;

/**
 * Verifies an HC1 string through the whole chain back (hcert spec §4, §3): prefix → Base45 → zlib →
 * COSE_Sign1 → CWT → kid in the trust list → signature → key usage → time window → schema → revocation list
 * (hash type UCI, as the DCC gateway's revocation batches). Never throws for bad input: every failure is a result
 * naming its step. Thread-safe.
 */
public final class CertificateVerifier {

    private final TrustList trustList;
    private final DccSchema schema;
    private final RevokedHashes revokedHashes;
    private final Clock clock;

    /** A verifier with no revocation list: its valid results say that no revocation was checked. */
    public CertificateVerifier(TrustList trustList, Clock clock) {
        this(trustList, RevokedHashes.NONE, clock);
    }

    public CertificateVerifier(TrustList trustList, RevokedHashes revokedHashes, Clock clock) {
        this(trustList, DccSchema.verifying(), revokedHashes, clock);
    }

    CertificateVerifier(TrustList trustList, DccSchema schema, Clock clock) {
        this(trustList, schema, RevokedHashes.NONE, clock);
    }

    CertificateVerifier(TrustList trustList, DccSchema schema, RevokedHashes revokedHashes, Clock clock) {
        this.trustList = trustList;
        this.schema = schema;
        this.revokedHashes = revokedHashes;
        this.clock = clock;
    }

    public VerificationResult verify(String hc1) {
        return verify(hc1, clock.instant());
    }

    public VerificationResult verify(String hc1, Instant now) {
        DecodedCertificate decoded = null;
        try {
            CoseSign1 cose = VerificationSteps.decodeCose(
                    VerificationSteps.decompress(VerificationSteps.base45Decode(VerificationSteps.unprefix(hc1))));
            Cwt cwt = VerificationSteps.decodeCwt(cose);
            decoded = new DecodedCertificate(cose.algorithmValue().orElse(null), cose.kid().orElse(null),
                    cwt.issuer(), cwt.issuedAt(), cwt.expiresAt(), cwt.dcc());
            VerificationSteps.algorithm(cose);
            List<TrustList.TrustedSigner> candidates = VerificationSteps.candidates(cose, trustList);
            TrustList.TrustedSigner signer = VerificationSteps.checkSignature(cose, candidates);
            VerificationSteps.checkKeyUsage(signer.certificate(), cwt.dcc());
            VerificationSteps.checkTime(cwt, signer.certificate(), now);
            VerificationSteps.checkSchema(cwt.dcc(), schema);
            boolean revocationChecked = VerificationSteps.checkRevocation(cwt.dcc(), revokedHashes);
            return VerificationResult.valid(decoded, revocationChecked);
        } catch (VerificationFailure failure) {
            return VerificationResult.failed(failure, decoded);
        }
    }

    public TrustList trustList() {
        return trustList;
    }
}
