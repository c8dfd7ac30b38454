package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

class DeterministicEcdsaSignsByteForByteLikeBouncyCastle {

    private static final P256BaseMultiplier MULTIPLIER = new P256BaseMultiplier(P256Fixture.G, DeterministicEcdsa.WINDOW_WIDTH);

    private final P256Fixture fixture = new P256Fixture(3);

    @Test
    void manyKeysAndMessages() {
        for (int key = 0; key < 20; key++) {
            ECPrivateKeyParameters privateKey = fixture.privateKey();
            for (int message = 0; message < 100; message++) {
                assertSameSignature(privateKey, CoseSignatureVerifier.es256Digest(fixture.bytes(message * 7)));
            }
        }
    }

    @Test
    void edgeKeysAndDigests() {
        List<byte[]> digests = List.of(new byte[32], filled((byte) 0xff), BigIntegers.asUnsignedByteArray(32, P256Fixture.N),
                fixture.bytes(32));
        for (BigInteger d : List.of(BigInteger.ONE, BigInteger.TWO, P256Fixture.N.subtract(BigInteger.ONE),
                P256Fixture.N.shiftRight(1), BigInteger.ONE.shiftLeft(255))) {
            for (byte[] digest : digests) {
                assertSameSignature(P256Fixture.privateKey(d), digest);
            }
        }
    }

    @Test
    void beforeAndAfterTheTableIsBuilt() {
        ECPrivateKeyParameters privateKey = fixture.privateKey();
        for (int i = 0; i < 2 * DeterministicEcdsa.SIGNATURES_BEFORE_TABLE; i++) {
            byte[] digest = fixture.bytes(32);
            BigInteger[] rs = DeterministicEcdsa.sign(privateKey, digest);
            assertThat(CoseSignatureVerifier.es256Concatenation(rs[0], rs[1])).isEqualTo(bouncyCastle(privateKey, digest));
        }
    }

    @Test
    void keysOnOtherCurvesAreSignedByBouncyCastle() {
        for (String name : List.of("secp256k1", "brainpoolP256r1")) {
            X9ECParameters curve = ECNamedCurveTable.getByName(name);
            ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
            ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(fixture.scalar().mod(curve.getN()), domain);
            byte[] digest = fixture.bytes(32);
            BigInteger[] rs = DeterministicEcdsa.sign(privateKey, digest);
            assertThat(CoseSignatureVerifier.es256Concatenation(rs[0], rs[1])).isEqualTo(bouncyCastle(privateKey, digest));
        }
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static void assertSameSignature(ECPrivateKeyParameters privateKey, byte[] digest) {
        BigInteger[] actual = DeterministicEcdsa.sign(privateKey, digest, MULTIPLIER);
        assertThat(CoseSignatureVerifier.es256Concatenation(actual[0], actual[1]))
                .as("d = %s", privateKey.getD().toString(16))
                .isEqualTo(bouncyCastle(privateKey, digest));
    }

    private static byte[] bouncyCastle(ECPrivateKeyParameters privateKey, byte[] digest) {
        ECDSASigner bouncyCastle = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        bouncyCastle.init(true, privateKey);
        BigInteger[] rs = bouncyCastle.generateSignature(digest);
        return CoseSignatureVerifier.es256Concatenation(rs[0], rs[1]);
    }
}
