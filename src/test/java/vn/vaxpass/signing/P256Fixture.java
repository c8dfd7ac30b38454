package vn.vaxpass.signing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/** P-256 keys and scalars for the ES256 arithmetic tests: seeded, so a failure can be replayed. */
final class P256Fixture {

    static final X9ECParameters CURVE = CustomNamedCurves.getByName("P-256");
    static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    static final ECPoint G = CURVE.getG();
    static final BigInteger N = CURVE.getN();
    static final BigInteger P = CURVE.getCurve().getField().getCharacteristic();

    private final Random random;

    P256Fixture(long seed) {
        this.random = new Random(seed);
    }

    /** A uniformly chosen scalar in [1, n−1]. */
    BigInteger scalar() {
        BigInteger k;
        do {
            k = new BigInteger(256, random);
        } while (k.signum() == 0 || k.compareTo(N) >= 0);
        return k;
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    ECPrivateKeyParameters privateKey() {
        return privateKey(scalar());
    }

    static ECPrivateKeyParameters privateKey(BigInteger d) {
        return new ECPrivateKeyParameters(d, DOMAIN);
    }

    static ECPublicKeyParameters publicKey(ECPrivateKeyParameters privateKey) {
        return new ECPublicKeyParameters(G.multiply(privateKey.getD()).normalize(), DOMAIN);
    }

    static ECPublicKeyParameters publicKey(ECPoint q) {
        return new ECPublicKeyParameters(q.normalize(), DOMAIN);
    }

    /** Scalars at the edges: the smallest and largest, single bits, runs of ones, and near n. */
    static List<BigInteger> edgeScalars() {
        List<BigInteger> scalars = new ArrayList<>();
        for (int k = 1; k <= 300; k++) {
            scalars.add(BigInteger.valueOf(k));
            scalars.add(N.subtract(BigInteger.valueOf(k)));
        }
        for (int bit = 0; bit < 256; bit++) {
            BigInteger power = BigInteger.ONE.shiftLeft(bit);
            scalars.add(power);
            scalars.add(power.subtract(BigInteger.ONE).max(BigInteger.ONE));
            scalars.add(power.add(BigInteger.ONE));
            scalars.add(N.subtract(power));
        }
        scalars.add(N.shiftRight(1));
        scalars.add(N.shiftRight(1).add(BigInteger.ONE));
        scalars.add(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));  // 0101…
        scalars.add(BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)).shiftLeft(1)); // 1010…0
        scalars.removeIf(k -> k.signum() <= 0 || k.compareTo(N) >= 0);
        return scalars;
    }
}
