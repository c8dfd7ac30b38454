package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.signing.P256Fixture.G;
import static vn.vaxpass.signing.P256Fixture.N;
import static vn.vaxpass.signing.P256Fixture.P;

import java.math.BigInteger;
import java.util.List;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

class PrecomputedVerifierAgreesWithBouncyCastle {

    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private final P256Fixture fixture = new P256Fixture(4);

    @Test
    void validSignaturesOfManyKeys() {
        for (int key = 0; key < 10; key++) {
            ECPrivateKeyParameters privateKey = fixture.privateKey();
            ECPublicKeyParameters publicKey = P256Fixture.publicKey(privateKey);
            PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
            for (int message = 0; message < 50; message++) {
                byte[] digest = fixture.bytes(32);
                BigInteger[] rs = sign(privateKey, digest);
                assertAgree(verifier, publicKey, digest, rs[0], rs[1], true);
            }
        }
    }

    @Test
    void everyTamperedByteOfSignatureAndDigest() {
        ECPrivateKeyParameters privateKey = fixture.privateKey();
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(privateKey);
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        byte[] digest = fixture.bytes(32);
        BigInteger[] rs = sign(privateKey, digest);
        byte[] signature = CoseSignatureVerifier.es256Concatenation(rs[0], rs[1]);
        for (int i = 0; i < signature.length; i++) {
            for (int flip : new int[] {0x01, 0x80, 0xff}) {
                byte[] tampered = signature.clone();
                tampered[i] ^= (byte) flip;
                assertAgree(verifier, publicKey, digest, component(tampered, 0), component(tampered, 1), false);
            }
        }
        for (int i = 0; i < digest.length; i++) {
            byte[] tampered = digest.clone();
            tampered[i] ^= 0x01;
            assertAgree(verifier, publicKey, tampered, rs[0], rs[1], false);
        }
    }

    @Test
    void componentsOutsideOneToNMinusOne() {
        ECPrivateKeyParameters privateKey = fixture.privateKey();
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(privateKey);
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        byte[] digest = fixture.bytes(32);
        BigInteger[] rs = sign(privateKey, digest);
        List<BigInteger> outside = List.of(BigInteger.ZERO, N, N.add(BigInteger.ONE), TWO_256.subtract(BigInteger.ONE));
        for (BigInteger bad : outside) {
            assertAgree(verifier, publicKey, digest, bad, rs[1], false);
            assertAgree(verifier, publicKey, digest, rs[0], bad, false);
            assertAgree(verifier, publicKey, digest, rs[0].add(N).min(TWO_256.subtract(BigInteger.ONE)), rs[1], false);
            assertAgree(verifier, publicKey, digest, rs[0], rs[1].add(N).min(TWO_256.subtract(BigInteger.ONE)), false);
        }
        for (BigInteger edge : List.of(BigInteger.ONE, N.subtract(BigInteger.ONE))) {
            assertAgree(verifier, publicKey, digest, edge, rs[1], false);
            assertAgree(verifier, publicKey, digest, rs[0], edge, false);
            assertAgree(verifier, publicKey, digest, edge, edge, false);
        }
    }

    @Test
    void signaturesOfAnotherKey() {
        ECPrivateKeyParameters signer = fixture.privateKey();
        ECPublicKeyParameters otherKey = P256Fixture.publicKey(fixture.privateKey());
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(otherKey);
        for (int message = 0; message < 20; message++) {
            byte[] digest = fixture.bytes(32);
            BigInteger[] rs = sign(signer, digest);
            assertAgree(verifier, otherKey, digest, rs[0], rs[1], false);
        }
    }

    @Test
    void randomComponents() {
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(fixture.privateKey());
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        for (int i = 0; i < 200; i++) {
            assertAgree(verifier, publicKey, fixture.bytes(32), fixture.scalar(), fixture.scalar(), false);
        }
    }

    /**
     * x(R) in [n, p): r = x(R) − n, and the check must also try r + n. No private key is known for such an R,
     * so the public key is solved for: Q = (s·R − e·G)/r makes (r, s) valid for e.
     */
    @Test
    void rPlusNIsTriedWhenBelowP() {
        ECPoint point = pointWithXAtLeastN();
        BigInteger r = point.getAffineXCoord().toBigInteger().subtract(N);
        BigInteger s = fixture.scalar();
        byte[] digest = fixture.bytes(32);
        BigInteger e = new BigInteger(1, digest);
        BigInteger rInverse = r.modInverse(N);
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(
                point.multiply(s.multiply(rInverse).mod(N)).subtract(G.multiply(e.multiply(rInverse).mod(N))));
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        assertAgree(verifier, publicKey, digest, r, s, true);
        assertAgree(verifier, publicKey, digest, r, s.add(BigInteger.ONE), false);
    }

    /**
     * With Q = G and u₁ = u₂ (e = r), the first entry of Q's table meets the same entry of G's: the sum must
     * double, which the mixed addition cannot; BouncyCastle takes over. s = 2r/k makes it a valid signature.
     */
    @Test
    void aSumThatMustDoubleIsLeftToBouncyCastle() {
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(G);
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        for (int i = 0; i < 20; i++) {
            BigInteger k = fixture.scalar();
            BigInteger r = G.multiply(k).normalize().getAffineXCoord().toBigInteger().mod(N);
            BigInteger s = r.shiftLeft(1).multiply(k.modInverse(N)).mod(N);
            byte[] digest = BigIntegers.asUnsignedByteArray(32, r);
            assertAgree(verifier, publicKey, digest, r, s, true);
            assertAgree(verifier, publicKey, digest, r, s.add(BigInteger.ONE), false);
        }
    }

    /** With Q = −G and u₁ = u₂ the terms cancel position by position and the sum is the point at infinity. */
    @Test
    void aSumAtInfinityIsInvalid() {
        ECPublicKeyParameters publicKey = P256Fixture.publicKey(G.negate());
        PrecomputedEcdsaVerifier verifier = new PrecomputedEcdsaVerifier(publicKey);
        for (int i = 0; i < 20; i++) {
            BigInteger r = fixture.scalar();
            assertAgree(verifier, publicKey, BigIntegers.asUnsignedByteArray(32, r), r, fixture.scalar(), false);
        }
    }

    private ECPoint pointWithXAtLeastN() {
        for (BigInteger x = N; x.compareTo(P) < 0; x = x.add(BigInteger.ONE)) {
            ECFieldElement fx = P256Fixture.CURVE.getCurve().fromBigInteger(x);
            ECFieldElement rhs = fx.square().add(P256Fixture.CURVE.getCurve().getA()).multiply(fx).add(P256Fixture.CURVE.getCurve().getB());
            ECFieldElement y = rhs.sqrt();
            if (y != null) {
                return P256Fixture.CURVE.getCurve().validatePoint(x, y.toBigInteger());
            }
        }
        throw new AssertionError("no point with x in [n, p)");
    }

    private static BigInteger[] sign(ECPrivateKeyParameters privateKey, byte[] digest) {
        ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ecdsa.init(true, privateKey);
        return ecdsa.generateSignature(digest);
    }

    private static BigInteger component(byte[] signature, int index) {
        int length = CoseSignatureVerifier.ES256_COMPONENT_LENGTH;
        return new BigInteger(1, java.util.Arrays.copyOfRange(signature, index * length, (index + 1) * length));
    }

    private static void assertAgree(PrecomputedEcdsaVerifier verifier, ECPublicKeyParameters publicKey, byte[] digest,
            BigInteger r, BigInteger s, boolean expected) {
        ECDSASigner bouncyCastle = new ECDSASigner();
        bouncyCastle.init(false, publicKey);
        boolean reference = bouncyCastle.verifySignature(digest, r, s);
        assertThat(reference).as("BouncyCastle on r = %s, s = %s", r.toString(16), s.toString(16)).isEqualTo(expected);
        assertThat(verifier.verify(digest, r, s)).as("r = %s, s = %s", r.toString(16), s.toString(16)).isEqualTo(reference);
    }
}
