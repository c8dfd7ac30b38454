package vn.vaxpass.correction;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-back keys: P-256 keys of the correction function's own, never the Document Signer's. The newest signs;
 * every key's public half stays served by its key id, so that hand-backs signed before a rotation still verify.
 * Two homes: PEM files in a directory ({@link LocalHandBackKeys}, for {@code serve}) and KMS keys
 * ({@link KmsHandBackKeys}, in AWS: the private halves never leave KMS). Key id: the first 8 bytes of SHA-256 over
 * the public key's SubjectPublicKeyInfo, base64url, as the DSC's kid is made.
 */
public interface HandBackKeys {

    /** Key ids are this many bytes of the SHA-256 of the public key. */
    int KEY_ID_BYTES = 8;

    /** The id of the key that signs: the newest. */
    String currentKeyId();

    /** ES256 under the current key: the 64-byte r||s a JWS carries (RFC 7518 §3.4). */
    byte[] sign(byte[] toBeSigned);

    /** Every public key by its id, oldest first. */
    Map<String, PublicKey> publicKeys();

    default Optional<PublicKey> publicKey(String keyId) {
        return Optional.ofNullable(publicKeys().get(keyId));
    }

    /** The key id of a public key: SHA-256 over its SubjectPublicKeyInfo, first 8 bytes, base64url. */
    static String keyId(PublicKey publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
