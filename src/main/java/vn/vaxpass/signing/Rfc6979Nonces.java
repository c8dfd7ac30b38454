package vn.vaxpass.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.util.BigIntegers;

/**
 * The deterministic ECDSA nonces of RFC 6979 §3.2 for a 256-bit group order and SHA-256 (qlen = hlen = 256:
 * bits2int is the big-endian integer, one HMAC block per candidate): HMAC_DRBG over the JDK's HmacSHA256,
 * whose SHA-256 the JVM runs on the CPU's SHA instructions where it has them, about four times faster than
 * BouncyCastle's {@code HMacDSAKCalculator} (measured). RFC 6979 fixes every byte, so the nonces are those of
 * {@code new HMacDSAKCalculator(new SHA256Digest())}. HMAC and the steps below do not depend on the key's or
 * the nonce's value (bits2octets' reduction of the digest depends on the digest, which is public). Not
 * thread-safe: one per signature.
 */
final class Rfc6979Nonces {

    /** rlen = hlen: the octet length of the order, of the private key and of one HMAC output. */
    static final int LENGTH = 32;
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final byte[] SEPARATOR_0 = {0x00};
    private static final byte[] SEPARATOR_1 = {0x01};
    private static final ThreadLocal<Mac> HMACS = ThreadLocal.withInitial(Rfc6979Nonces::newHmac);

    private final BigInteger n;
    private final Mac hmac = HMACS.get();
    private final byte[] v = new byte[LENGTH];

    /**
     * Steps a–g of RFC 6979 §3.2.
     *
     * @param n the group order, 256 bits long
     * @param x the private key, in [1, n−1]
     * @param h1 the SHA-256 digest of the message
     */
    Rfc6979Nonces(BigInteger n, BigInteger x, byte[] h1) {
        if (n.bitLength() != 8 * LENGTH || h1.length != LENGTH) {
            throw new IllegalArgumentException("RFC 6979 here needs a 256-bit order and a SHA-256 digest");
        }
        this.n = n;
        byte[] privateKey = BigIntegers.asUnsignedByteArray(LENGTH, x);
        BigInteger z1 = new BigInteger(1, h1);
        byte[] digest = BigIntegers.asUnsignedByteArray(LENGTH, z1.compareTo(n) >= 0 ? z1.subtract(n) : z1);
        Arrays.fill(v, (byte) 0x01);
        rekey(new byte[LENGTH]);
        rekey(hmac(v, SEPARATOR_0, privateKey, digest));
        updateV();
        rekey(hmac(v, SEPARATOR_1, privateKey, digest));
        updateV();
        Arrays.fill(privateKey, (byte) 0);
    }

    /** Step h: the next candidate in [1, n−1]. */
    BigInteger next() {
        while (true) {
            updateV();
            BigInteger k = new BigInteger(1, v);
            if (k.signum() > 0 && k.compareTo(n) < 0) {
                return k;
            }
            rekey(hmac(v, SEPARATOR_0));
            updateV();
        }
    }

    /** V = HMAC_K(V). */
    private void updateV() {
        hmac.update(v);
        try {
            hmac.doFinal(v, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] hmac(byte[]... parts) {
        for (byte[] part : parts) {
            hmac.update(part);
        }
        return hmac.doFinal();
    }

    private void rekey(byte[] k) {
        try {
            hmac.init(new SecretKeySpec(k, HMAC_SHA256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Arrays.fill(k, (byte) 0);
    }

    private static Mac newHmac() {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC_SHA256, e);
        }
    }
}
