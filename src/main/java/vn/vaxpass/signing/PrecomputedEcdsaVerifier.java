package vn.vaxpass.signing;

import java.math.BigInteger;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.raw.Nat256;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDSA verification on P-256 (SEC 1 v2 §4.1.4) with u₁·G + u₂·Q summed from precomputed tables of G
 * and of the public key Q ({@link P256WindowTable}): about 64 mixed additions and no doubling, where a
 * generic multiplication needs about 256 doublings. The check x(R) mod n = r is made projectively
 * (r·Z² = X, and (r+n)·Z² = X when r+n &lt; p), as BouncyCastle's {@link ECDSASigner} makes it. Gives the
 * answer of BouncyCastle's ECDSASigner for every input; the rare sum the mixed addition cannot make is
 * handed to it. Holds about 262 KB for Q (G's table is shared). Immutable and thread-safe.
 */
final class PrecomputedEcdsaVerifier {

    /** A SHA-256 digest is as long as the order: e is the digest itself (SEC 1 §4.1.4 step 3). */
    private static final int DIGEST_LENGTH = 32;

    private final ECPublicKeyParameters key;
    private final BigInteger order;
    private final P256WindowTable publicKeyTable;

    PrecomputedEcdsaVerifier(ECPublicKeyParameters key) {
        if (!P256Accumulator.isP256(key.getParameters())) {
            throw new IllegalArgumentException("not a P-256 key");
        }
        this.key = key;
        this.order = key.getParameters().getN();
        this.publicKeyTable = new P256WindowTable(key.getQ());
    }

    /** Memory held for this key, in bytes. */
    int tableBytes() {
        return publicKeyTable.tableBytes();
    }

    /** Verifies (r, s) over a SHA-256 digest. */
    boolean verify(byte[] digest, BigInteger r, BigInteger s) {
        if (digest.length != DIGEST_LENGTH) {
            return bouncyCastleVerify(digest, r, s);
        }
        if (r.signum() <= 0 || r.compareTo(order) >= 0 || s.signum() <= 0 || s.compareTo(order) >= 0) {
            return false;
        }
        BigInteger w = BigIntegers.modOddInverseVar(order, s);
        int[] u1 = P256WindowTable.digits(new BigInteger(1, digest).multiply(w).mod(order));
        int[] u2 = P256WindowTable.digits(r.multiply(w).mod(order));
        P256Accumulator sum = new P256Accumulator();
        for (int i = 0; i < P256WindowTable.DIGITS; i++) {
            if (!Generator.TABLE.add(sum, i, u1[i]) || !publicKeyTable.add(sum, i, u2[i])) {
                return bouncyCastleVerify(digest, r, s);
            }
        }
        if (sum.isInfinity()) {
            return false;
        }
        BigInteger p = key.getParameters().getCurve().getField().getCharacteristic();
        for (BigInteger candidate = r; candidate.compareTo(p) < 0; candidate = candidate.add(order)) {
            if (sum.xEquals(Nat256.fromBigInteger(candidate))) {
                return true;
            }
        }
        return false;
    }

    private boolean bouncyCastleVerify(byte[] digest, BigInteger r, BigInteger s) {
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, key);
        return ecdsa.verifySignature(digest, r, s);
    }

    /** G's table, built on first use and shared by every key. */
    private static final class Generator {
        static final P256WindowTable TABLE = new P256WindowTable(P256Accumulator.P256_G);
    }
}
