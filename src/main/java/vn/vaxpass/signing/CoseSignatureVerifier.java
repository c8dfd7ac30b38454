package vn.vaxpass.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Checks COSE signatures with one public key, through BouncyCastle's lightweight API (about six times the
 * JDK provider's speed here, see STACK-NOTES). Build one per trusted key and keep it: the key's
 * precomputations are cached with it. For a P-256 key that is a table of its multiples (256 KB, built once
 * the key has made {@value #ES256_CHECKS_BEFORE_TABLE} ES256 checks, see {@link PrecomputedEcdsaVerifier}),
 * which makes each further check about twice as fast as BouncyCastle's {@link ECDSASigner}. Thread-safe.
 */
public final class CoseSignatureVerifier {

    /** RSASSA-PSS salt length for PS256 (RFC 8230 §2: the hash length). */
    public static final int PSS_SALT_LENGTH = 32;
    /** Size of one ES256 signature component (P-256 order is 32 bytes). */
    public static final int ES256_COMPONENT_LENGTH = 32;

    /**
     * ES256 checks of a P-256 key made by BouncyCastle before its table is built: building it costs about
     * 50 to 100 such checks (measured), a cold JVM's first check several hundred.
     */
    static final int ES256_CHECKS_BEFORE_TABLE = 64;
    private static final String SHA_256 = "SHA-256";

    private final AsymmetricKeyParameter key;
    /** For a P-256 key, its verification tables; null for other keys. */
    private final DeferredPrecomputation<PrecomputedEcdsaVerifier> p256Tables;

    public CoseSignatureVerifier(PublicKey publicKey) {
        try {
            this.key = PublicKeyFactory.createKey(publicKey.getEncoded());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unsupported public key: " + publicKey.getAlgorithm(), e);
        }
        this.p256Tables = key instanceof ECPublicKeyParameters ec && P256Accumulator.isP256(ec.getParameters())
                ? new DeferredPrecomputation<>(ES256_CHECKS_BEFORE_TABLE, () -> new PrecomputedEcdsaVerifier(ec))
                : null;
    }

    /** The algorithms this key can verify. */
    public boolean supports(CoseAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> key instanceof ECPublicKeyParameters;
            case PS256 -> key instanceof RSAKeyParameters;
        };
    }

    public boolean verify(CoseAlgorithm algorithm, byte[] toBeSigned, byte[] signature) {
        if (!supports(algorithm)) {
            return false;
        }
        return switch (algorithm) {
            case ES256 -> verifyEs256(toBeSigned, signature);
            case PS256 -> verifyPs256(toBeSigned, signature);
        };
    }

    private boolean verifyEs256(byte[] toBeSigned, byte[] signature) {
        if (signature.length != 2 * ES256_COMPONENT_LENGTH) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, ES256_COMPONENT_LENGTH));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, ES256_COMPONENT_LENGTH, signature.length));
        PrecomputedEcdsaVerifier tables = p256Tables == null ? null : p256Tables.getOrNull();
        if (tables != null) {
            return tables.verify(sha256(toBeSigned), r, s);
        }
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, key);
        return ecdsa.verifySignature(sha256(toBeSigned), r, s);
    }

    private boolean verifyPs256(byte[] toBeSigned, byte[] signature) {
        PSSSigner pss = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), PSS_SALT_LENGTH);
        pss.init(false, key);
        pss.update(toBeSigned, 0, toBeSigned.length);
        try {
            return pss.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The JDK's SHA-256: the JVM runs it on the CPU's SHA instructions where it has them (BouncyCastle's does not). */
    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance(SHA_256).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + SHA_256, e);
        }
    }

    /** Exposed for signers: the digest ES256 signs. */
    public static byte[] es256Digest(byte[] toBeSigned) {
        return sha256(toBeSigned);
    }

    /** Writes an ES256 (r, s) pair as the fixed-length concatenation COSE requires (RFC 8152 §8.1). */
    public static byte[] es256Concatenation(BigInteger r, BigInteger s) {
        byte[] out = new byte[2 * ES256_COMPONENT_LENGTH];
        writeUnsigned(r, out, 0);
        writeUnsigned(s, out, ES256_COMPONENT_LENGTH);
        return out;
    }

    private static void writeUnsigned(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > ES256_COMPONENT_LENGTH ? bytes.length - ES256_COMPONENT_LENGTH : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + ES256_COMPONENT_LENGTH - length, length);
    }

}
