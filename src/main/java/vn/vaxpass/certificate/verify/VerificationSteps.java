package vn.vaxpass.certificate.verify;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseFormatException;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.cwt.CwtFormatException;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.certificate.revocation.RevokedHashes;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.signing.TrustList;

/**
 * The verification chain's steps, each failing with its own code. {@link CertificateVerifier} runs them
 * in order; the conformance tests run them one at a time, as the EU test vectors' EXPECTED* flags ask.
 */
public final class VerificationSteps {

    /** DCC extended key usages (eHN DCC trust framework): which kinds a DSC may sign. */
    public static final String KEY_USAGE_TEST = "1.3.6.1.4.1.1847.2021.1.1";
    public static final String KEY_USAGE_VACCINATION = "1.3.6.1.4.1.1847.2021.1.2";
    public static final String KEY_USAGE_RECOVERY = "1.3.6.1.4.1.1847.2021.1.3";
    /** The alternative OIDs some issuers used by mistake for the same three (dgc-testdata, hcert-kotlin). */
    public static final String KEY_USAGE_TEST_ALT = "1.3.6.1.4.1.0.1847.2021.1.1";
    public static final String KEY_USAGE_VACCINATION_ALT = "1.3.6.1.4.1.0.1847.2021.1.2";
    public static final String KEY_USAGE_RECOVERY_ALT = "1.3.6.1.4.1.0.1847.2021.1.3";

    /** The DCC's certificate arrays (DCC schema: vaccination, test, recovery); each entry carries the UVCI as {@code ci}. */
    public static final List<String> CERTIFICATE_KINDS = List.of("v", "t", "r");
    public static final String UVCI_FIELD = "ci";

    private VerificationSteps() {
    }

    public static String unprefix(String text) throws VerificationFailure {
        return Hc1Prefix.strip(text).orElseThrow(() -> new VerificationFailure(VerificationError.INVALID_SCHEME_PREFIX, null));
    }

    public static byte[] base45Decode(String base45) throws VerificationFailure {
        try {
            return Base45Encoding.decode(base45);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(VerificationError.BASE45_DECODING_FAILED, e.getMessage());
        }
    }

    public static byte[] decompress(byte[] compressed) throws VerificationFailure {
        if (!ZlibCompression.looksCompressed(compressed)) {
            throw new VerificationFailure(VerificationError.DECOMPRESSION_FAILED, "No zlib header.");
        }
        try {
            return ZlibCompression.decompress(compressed);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(VerificationError.DECOMPRESSION_FAILED, e.getMessage());
        }
    }

    public static CoseSign1 decodeCose(byte[] cose) throws VerificationFailure {
        try {
            return CoseSign1.decode(cose);
        } catch (CoseFormatException e) {
            throw new VerificationFailure(VerificationError.COSE_DECODING_FAILED, e.getMessage());
        }
    }

    public static Cwt decodeCwt(CoseSign1 cose) throws VerificationFailure {
        try {
            return Cwt.decode(cose.payload());
        } catch (CwtFormatException e) {
            throw new VerificationFailure(VerificationError.CWT_DECODING_FAILED, e.getMessage());
        }
    }

    public static CoseAlgorithm algorithm(CoseSign1 cose) throws VerificationFailure {
        return cose.algorithm().orElseThrow(() -> new VerificationFailure(VerificationError.UNSUPPORTED_ALGORITHM,
                "alg = " + cose.algorithmValue().map(String::valueOf).orElse("none") + "."));
    }

    public static List<TrustList.TrustedSigner> candidates(CoseSign1 cose, TrustList trustList) throws VerificationFailure {
        byte[] kid = cose.kid().orElseThrow(() -> new VerificationFailure(VerificationError.KID_MISSING, null));
        List<TrustList.TrustedSigner> candidates = trustList.findByKid(kid);
        if (candidates.isEmpty()) {
            throw new VerificationFailure(VerificationError.KEY_NOT_IN_TRUST_LIST, null);
        }
        return candidates;
    }

    /** The first candidate whose key verifies the signature. */
    public static TrustList.TrustedSigner checkSignature(CoseSign1 cose, List<TrustList.TrustedSigner> candidates)
            throws VerificationFailure {
        CoseAlgorithm algorithm = algorithm(cose);
        byte[] toBeSigned = cose.toBeSigned();
        byte[] signature = cose.signature();
        for (TrustList.TrustedSigner candidate : candidates) {
            if (candidate.verifier().verify(algorithm, toBeSigned, signature)) {
                return candidate;
            }
        }
        throw new VerificationFailure(VerificationError.SIGNATURE_INVALID, null);
    }

    /** A DSC with DCC extended key usages may sign only the kinds they name; one without any may sign all. */
    public static void checkKeyUsage(X509Certificate dsc, JsonNode dcc) throws VerificationFailure {
        List<String> usages;
        try {
            usages = dsc.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new VerificationFailure(VerificationError.KEY_USAGE_MISMATCH, "Its extended key usage cannot be read.");
        }
        if (usages == null) {
            return;
        }
        boolean hasDccUsage = usages.stream().anyMatch(u -> u.startsWith("1.3.6.1.4.1.1847.2021.1.")
                || u.startsWith("1.3.6.1.4.1.0.1847.2021.1."));
        if (!hasDccUsage) {
            return;
        }
        boolean allowed = (dcc.has("v") && (usages.contains(KEY_USAGE_VACCINATION) || usages.contains(KEY_USAGE_VACCINATION_ALT)))
                || (dcc.has("t") && (usages.contains(KEY_USAGE_TEST) || usages.contains(KEY_USAGE_TEST_ALT)))
                || (dcc.has("r") && (usages.contains(KEY_USAGE_RECOVERY) || usages.contains(KEY_USAGE_RECOVERY_ALT)));
        if (!allowed) {
            throw new VerificationFailure(VerificationError.KEY_USAGE_MISMATCH, null);
        }
    }

    /** DSC.notBefore ≤ iat ≤ now ≤ exp ≤ DSC.notAfter. */
    public static void checkTime(Cwt cwt, X509Certificate dsc, Instant now) throws VerificationFailure {
        if (cwt.issuedAt().isBefore(dsc.getNotBefore().toInstant())) {
            throw new VerificationFailure(VerificationError.ISSUED_BEFORE_DSC_VALIDITY, null);
        }
        checkExpiration(cwt, now);
        if (cwt.expiresAt().isAfter(dsc.getNotAfter().toInstant())) {
            throw new VerificationFailure(VerificationError.EXPIRES_AFTER_DSC_VALIDITY, null);
        }
    }

    /** iat ≤ now ≤ exp. */
    public static void checkExpiration(Cwt cwt, Instant now) throws VerificationFailure {
        if (now.isBefore(cwt.issuedAt())) {
            throw new VerificationFailure(VerificationError.CWT_NOT_YET_VALID, "It is valid from " + cwt.issuedAt() + ".");
        }
        if (now.isAfter(cwt.expiresAt())) {
            throw new VerificationFailure(VerificationError.CWT_EXPIRED, "It expired at " + cwt.expiresAt() + ".");
        }
    }

    public static void checkSchema(JsonNode dcc, DccSchema schema) throws VerificationFailure {
        List<FieldError> errors = schema.validate(dcc);
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new VerificationFailure(VerificationError.SCHEMA_INVALID, first.field() + ": " + first.message());
        }
    }

    /**
     * The certificate's UVCI hash (type UCI, {@link RevocationHash}) is not on the revocation list. Runs after the
     * schema step, which guarantees the {@code ci}. Returns whether a list was at hand to check against.
     */
    public static boolean checkRevocation(JsonNode dcc, RevokedHashes revokedHashes) throws VerificationFailure {
        Optional<Set<String>> revoked = revokedHashes.current();
        if (revoked.isEmpty()) {
            return false;
        }
        for (String kind : CERTIFICATE_KINDS) {
            for (JsonNode entry : dcc.path(kind)) {
                if (revoked.get().contains(RevocationHash.of(entry.path(UVCI_FIELD).asText()))) {
                    throw new VerificationFailure(VerificationError.CERTIFICATE_REVOKED, null);
                }
            }
        }
        return true;
    }
}
