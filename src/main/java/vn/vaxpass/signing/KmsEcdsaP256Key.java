package vn.vaxpass.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import vn.vaxpass.signing.KmsSignerException.Reason;

/**
 * An ECC_NIST_P256 key in KMS that is not a Document Signer's (no certificate): ES256 signatures over any bytes, as
 * the 64-byte r||s that JWS (RFC 7518 §3.4) and COSE (RFC 8152 §8.1) both want, and its public key. As
 * {@link KmsSigner}: KMS is sent the SHA-256 digest only, and the key is fetched (GetPublicKey) and checked at
 * construction, so a wrong key id fails where it is configured.
 */
public final class KmsEcdsaP256Key {

    private final KmsClient kms;
    private final String keyId;
    private final PublicKey publicKey;

    /**
     * @param kms a client for the key's region (see {@link KmsClients})
     * @param keyId key id, key ARN, alias name or alias ARN
     * @throws KmsSignerException if KMS cannot be asked, or the key is not an ECC_NIST_P256 signing key
     */
    public KmsEcdsaP256Key(KmsClient kms, String keyId) {
        this.kms = Objects.requireNonNull(kms, "kms");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        GetPublicKeyResponse key = KmsCalls.call("GetPublicKey", keyId, () -> kms.getPublicKey(r -> r.keyId(keyId)));
        if (key.keySpec() != KeySpec.ECC_NIST_P256 || key.keyUsage() != KeyUsageType.SIGN_VERIFY
                || !key.signingAlgorithms().contains(SigningAlgorithmSpec.ECDSA_SHA_256)) {
            throw new KmsSignerException(Reason.KEY_NOT_USABLE, String.format(
                    "KMS key %s (spec %s, usage %s, algorithms %s) is not an ECC_NIST_P256 key that signs ECDSA_SHA_256",
                    keyId, key.keySpecAsString(), key.keyUsageAsString(), key.signingAlgorithmsAsStrings()));
        }
        this.publicKey = publicKey(key.publicKey().asByteArray());
    }

    /** The key id, ARN or alias this key was configured with. */
    public String keyId() {
        return keyId;
    }

    /** The public key, as KMS gave it (its SubjectPublicKeyInfo). */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** ES256 over the bytes: the 64-byte r||s. KMS signatures are randomised: two calls give two signatures. */
    public byte[] sign(byte[] toBeSigned) {
        byte[] digest = KeyIdentifier.sha256(toBeSigned);
        byte[] der = KmsCalls.call("Sign", keyId, () -> kms.sign(r -> r.keyId(keyId)
                .message(SdkBytes.fromByteArray(digest))
                .messageType(MessageType.DIGEST)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256))).signature().asByteArray();
        return KmsEcdsaSignature.derToRaw(der, KmsEcdsaSignature.P256_FIELD_SIZE);
    }

    private PublicKey publicKey(byte[] subjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new KmsSignerException(Reason.KEY_NOT_USABLE, "KMS key " + keyId + " has no readable EC public key ("
                    + e.getMessage() + ")");
        }
    }
}
