package vn.vaxpass.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.KmsSignerException.Reason;

/**
 * Signs with a Document Signer key held in AWS KMS: ES256 with an {@code ECC_NIST_P256} key, PS256 with an RSA
 * key ({@code RSA_2048} in production). KMS is sent the SHA-256 digest ({@code MessageType.DIGEST}), so the
 * to-be-signed bytes never leave the function; ECDSA signatures come back DER-encoded and are returned as the
 * 64-byte r||s COSE wants (RFC 8152 §8.1). KMS ECDSA signatures are randomised: two calls give two signatures.
 *
 * <p>At construction the key is fetched (GetPublicKey) and must be usable for the algorithm and equal to the
 * certificate's public key, so a wrong key id or certificate fails at start-up, not in the first certificate.
 * Every KMS failure surfaces as {@link KmsSignerException}; no AWS type is in this class's API other than the
 * client it is given, whose lifecycle stays the caller's.
 */
public final class KmsSigner implements Signer {

    private static final Set<KeySpec> RSA_KEY_SPECS = Set.of(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096);

    private final KmsClient kms;
    private final String keyId;
    private final CoseAlgorithm algorithm;
    private final X509Certificate certificate;
    private final SigningAlgorithmSpec signingAlgorithm;

    /**
     * @param kms a client for the key's region (see {@link KmsClients})
     * @param keyId key id, key ARN, alias name or alias ARN
     * @param algorithm ES256 or PS256
     * @param certificate the Document Signer Certificate the CSCA issued for this key
     * @throws KmsSignerException if KMS cannot be asked, or the key does not fit the algorithm or the certificate
     */
    public KmsSigner(KmsClient kms, String keyId, CoseAlgorithm algorithm, X509Certificate certificate) {
        this.kms = Objects.requireNonNull(kms, "kms");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.signingAlgorithm = algorithm == CoseAlgorithm.ES256
                ? SigningAlgorithmSpec.ECDSA_SHA_256
                : SigningAlgorithmSpec.RSASSA_PSS_SHA_256;
        GetPublicKeyResponse key = call("GetPublicKey", () -> kms.getPublicKey(r -> r.keyId(keyId)));
        requireUsable(key);
        requireCertificateKey(key.publicKey().asByteArray());
    }

    @Override
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        byte[] digest = KeyIdentifier.sha256(toBeSigned);
        byte[] signature = call("Sign", () -> kms.sign(r -> r.keyId(keyId)
                .message(SdkBytes.fromByteArray(digest))
                .messageType(MessageType.DIGEST)
                .signingAlgorithm(signingAlgorithm))).signature().asByteArray();
        if (algorithm == CoseAlgorithm.ES256) {
            return KmsEcdsaSignature.derToRaw(signature, KmsEcdsaSignature.P256_FIELD_SIZE);
        }
        int modulusBytes = (((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength() + 7) / 8;
        if (signature.length != modulusBytes) {
            throw new KmsSignerException(Reason.MALFORMED_SIGNATURE,
                    "RSASSA-PSS signature of " + signature.length + " bytes, expected " + modulusBytes);
        }
        return signature;
    }

    private void requireUsable(GetPublicKeyResponse key) {
        boolean specFits = algorithm == CoseAlgorithm.ES256
                ? key.keySpec() == KeySpec.ECC_NIST_P256
                : RSA_KEY_SPECS.contains(key.keySpec());
        if (!specFits || key.keyUsage() != KeyUsageType.SIGN_VERIFY || !key.signingAlgorithms().contains(signingAlgorithm)) {
            throw new KmsSignerException(Reason.KEY_NOT_USABLE, String.format(
                    "KMS key %s (spec %s, usage %s, algorithms %s) cannot make %s signatures with %s", keyId,
                    key.keySpecAsString(), key.keyUsageAsString(), key.signingAlgorithmsAsStrings(), algorithm,
                    signingAlgorithm));
        }
    }

    private void requireCertificateKey(byte[] kmsSubjectPublicKeyInfo) {
        PublicKey expected = certificate.getPublicKey();
        PublicKey actual;
        try {
            actual = KeyFactory.getInstance(expected.getAlgorithm())
                    .generatePublic(new X509EncodedKeySpec(kmsSubjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new KmsSignerException(Reason.KEY_CERTIFICATE_MISMATCH, "KMS key " + keyId + " is not a "
                    + expected.getAlgorithm() + " key like the certificate's (" + e.getMessage() + ")");
        }
        if (!sameKey(expected, actual)) {
            throw new KmsSignerException(Reason.KEY_CERTIFICATE_MISMATCH, "KMS key " + keyId
                    + " is not the key of certificate " + certificate.getSubjectX500Principal().getName()
                    + " (serial " + certificate.getSerialNumber().toString(16) + ")");
        }
    }

    // Compared by value, not by encoding: the same key may be encoded with named or explicit curve parameters.
    private static boolean sameKey(PublicKey a, PublicKey b) {
        if (a instanceof ECPublicKey && b instanceof ECPublicKey) {
            ECParameterSpec pa = ((ECPublicKey) a).getParams();
            ECParameterSpec pb = ((ECPublicKey) b).getParams();
            return ((ECPublicKey) a).getW().equals(((ECPublicKey) b).getW())
                    && pa.getCurve().equals(pb.getCurve())
                    && pa.getGenerator().equals(pb.getGenerator())
                    && pa.getOrder().equals(pb.getOrder())
                    && pa.getCofactor() == pb.getCofactor();
        }
        if (a instanceof RSAPublicKey && b instanceof RSAPublicKey) {
            return ((RSAPublicKey) a).getModulus().equals(((RSAPublicKey) b).getModulus())
                    && ((RSAPublicKey) a).getPublicExponent().equals(((RSAPublicKey) b).getPublicExponent());
        }
        return false;
    }

    private <T> T call(String operation, Supplier<T> request) {
        return KmsCalls.call(operation, keyId, request);
    }
}
