package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

class Rfc6979NoncesAreBouncyCastles {

    private final P256Fixture fixture = new P256Fixture(6979);

    /** RFC 6979 A.2.5, P-256 with SHA-256, message "sample". */
    @Test
    void givesTheRfcVector() {
        BigInteger x = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
        byte[] h1 = CoseSignatureVerifier.es256Digest("sample".getBytes(StandardCharsets.US_ASCII));
        assertThat(new Rfc6979Nonces(P256Fixture.N, x, h1).next())
                .isEqualTo(new BigInteger("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60", 16));
    }

    @Test
    void givesBouncyCastlesNoncesForManyKeysAndDigests() {
        for (int i = 0; i < 500; i++) {
            assertSameNonces(P256Fixture.N, fixture.scalar(), fixture.bytes(32), 1);
        }
    }

    @Test
    void givesBouncyCastlesNoncesForDigestsAboveTheOrder() {
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xff);
        assertSameNonces(P256Fixture.N, fixture.scalar(), allOnes, 1);
        assertSameNonces(P256Fixture.N, fixture.scalar(), BigIntegers.asUnsignedByteArray(32, P256Fixture.N), 1);
    }

    /** With an order just above 2^255 about half the candidates are ≥ n: step h.3's retry runs often. */
    @Test
    void retriesAsBouncyCastleDoesWhenACandidateIsOutOfRange() {
        BigInteger n = BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(189));
        for (int i = 0; i < 100; i++) {
            assertSameNonces(n, new BigInteger(254, new Random(i)).add(BigInteger.ONE), fixture.bytes(32), 6);
        }
    }

    @Test
    void refusesOrdersAndDigestsOfOtherSizes() {
        assertThatThrownBy(() -> new Rfc6979Nonces(BigInteger.ONE.shiftLeft(383).add(BigInteger.ONE), BigInteger.TEN, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rfc6979Nonces(P256Fixture.N, BigInteger.TEN, new byte[48]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameNonces(BigInteger n, BigInteger x, byte[] h1, int count) {
        HMacDSAKCalculator bouncyCastle = new HMacDSAKCalculator(new SHA256Digest());
        bouncyCastle.init(n, x, h1);
        Rfc6979Nonces nonces = new Rfc6979Nonces(n, x, h1);
        for (int i = 0; i < count; i++) {
            assertThat(nonces.next()).as("x = %s, nonce %d", x.toString(16), i).isEqualTo(bouncyCastle.nextK());
        }
    }
}
