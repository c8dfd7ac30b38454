package vn.vaxpass.signing;

import java.math.BigInteger;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * ES256 signature generation: ECDSA (SEC 1 v2 §4.1.3) with the deterministic nonce of RFC 6979 §3.2
 * ({@link Rfc6979Nonces}: BouncyCastle's {@link HMacDSAKCalculator} over SHA-256, on the JDK's faster
 * HMAC), k·G from {@link P256BaseMultiplier} and k⁻¹ by
 * BouncyCastle's constant-time inversion (safegcd) instead of {@link BigInteger#modInverse}, which is
 * variable-time and measured five times slower here. Gives exactly the (r, s) of BouncyCastle's
 * {@code new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()))}: the same k, the same point, the same
 * arithmetic modulo n. Keys on other curves, and the first {@value #SIGNATURES_BEFORE_TABLE} signatures of
 * the JVM (until the 86 KB table is worth building), are signed by that ECDSASigner. Thread-safe.
 */
public final class DeterministicEcdsa {

    /** Window width of the k·G table: 2^(w−1) entries read per window, ⌈256/w⌉ windows. */
    static final int WINDOW_WIDTH = 6;
    /** A SHA-256 digest is as long as the order: e is the digest itself (SEC 1 §4.1.3 step 5). */
    private static final int DIGEST_LENGTH = 32;
    /**
     * Signatures made by BouncyCastle before the k·G table is built: building it costs about 20 to 40 of them
     * (measured), a cold JVM's first signature several times that.
     */
    static final int SIGNATURES_BEFORE_TABLE = 32;
    private static final DeferredPrecomputation<P256BaseMultiplier> BASE_TABLE = new DeferredPrecomputation<>(
            SIGNATURES_BEFORE_TABLE, () -> new P256BaseMultiplier(P256Accumulator.P256_G, WINDOW_WIDTH));

    private DeterministicEcdsa() {
    }

    /** Signs a SHA-256 digest; returns (r, s). */
    public static BigInteger[] sign(ECPrivateKeyParameters key, byte[] digest) {
        P256BaseMultiplier multiplier = P256Accumulator.isP256(key.getParameters()) && digest.length == DIGEST_LENGTH
                ? BASE_TABLE.getOrNull()
                : null;
        if (multiplier == null) {
            ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            ecdsa.init(true, key);
            return ecdsa.generateSignature(digest);
        }
        return sign(key, digest, multiplier);
    }

    /** SEC 1 §4.1.3 with k from RFC 6979 and k·G from {@code multiplier}, as ECDSASigner.generateSignature does. */
    static BigInteger[] sign(ECPrivateKeyParameters key, byte[] digest, P256BaseMultiplier multiplier) {
        ECDomainParameters domain = key.getParameters();
        BigInteger n = domain.getN();
        BigInteger e = new BigInteger(1, digest);
        BigInteger d = key.getD();
        Rfc6979Nonces nonces = new Rfc6979Nonces(n, d, digest);
        BigInteger r;
        BigInteger s;
        do {
            BigInteger k;
            do {
                k = nonces.next();
                r = multiplier.multiply(domain.getG(), k).getAffineXCoord().toBigInteger().mod(n);
            } while (r.signum() == 0);
            s = BigIntegers.modOddInverse(n, k).multiply(e.add(d.multiply(r))).mod(n);
        } while (s.signum() == 0);
        return new BigInteger[] {r, s};
    }
}
