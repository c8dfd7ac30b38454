package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.signing.P256Fixture.G;
import static vn.vaxpass.signing.P256Fixture.N;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;

class BaseMultiplierGivesBouncyCastlesPointForEveryScalar {

    private static final ECMultiplier BOUNCY_CASTLE = new FixedPointCombMultiplier();
    private final P256BaseMultiplier multiplier = new P256BaseMultiplier(G, DeterministicEcdsa.WINDOW_WIDTH);

    @Test
    void randomScalars() {
        P256Fixture fixture = new P256Fixture(1);
        for (int i = 0; i < 5_000; i++) {
            assertSamePoint(multiplier, fixture.scalar());
        }
    }

    @Test
    void edgeScalars() {
        for (BigInteger k : P256Fixture.edgeScalars()) {
            assertSamePoint(multiplier, k);
        }
    }

    @Test
    void everyWindowWidth() {
        P256Fixture fixture = new P256Fixture(2);
        for (int width = 2; width <= 8; width++) {
            P256BaseMultiplier other = new P256BaseMultiplier(G, width);
            for (int i = 0; i < 300; i++) {
                assertSamePoint(other, fixture.scalar());
            }
            for (BigInteger k : List.of(BigInteger.ONE, BigInteger.TWO, N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO))) {
                assertSamePoint(other, k);
            }
        }
    }

    /**
     * The one place the mixed addition can meet its own operand: the last window, when the sum of the
     * others is T − n for the last term T = d·2^(w(m−1))·G, i.e. k = 2T − n (or n − k, computed as its
     * negation). Those scalars go to BouncyCastle's comb and must still give its point.
     */
    @Test
    void theScalarsWhoseLastAdditionIsADoubling() {
        for (int width = 2; width <= 8; width++) {
            P256BaseMultiplier other = new P256BaseMultiplier(G, width);
            for (BigInteger k : lastAdditionDoublings(width)) {
                assertSamePoint(other, k);
                assertSamePoint(other, N.subtract(k));
            }
        }
    }

    @Test
    void scalarsOutsideOneToNMinusOneAndOtherPointsGoToBouncyCastle() {
        ECPoint other = G.multiply(BigInteger.valueOf(7)).normalize();
        assertThat(multiplier.multiply(G, BigInteger.ZERO).isInfinity()).isTrue();
        assertThat(multiplier.multiply(G, N).isInfinity()).isTrue();
        assertThat(multiplier.multiply(G, N.add(BigInteger.ONE))).isEqualTo(G);
        assertThat(multiplier.multiply(other, BigInteger.valueOf(3))).isEqualTo(G.multiply(BigInteger.valueOf(21)).normalize());
    }

    private static List<BigInteger> lastAdditionDoublings(int width) {
        int positions = (256 + width - 1) / width;
        BigInteger lastWeight = BigInteger.ONE.shiftLeft(width * (positions - 1));
        List<BigInteger> scalars = new ArrayList<>();
        for (int digit = 1; digit < 1 << width; digit += 2) {
            BigInteger last = lastWeight.multiply(BigInteger.valueOf(digit));
            BigInteger k = last.shiftLeft(1).subtract(N);
            if (k.signum() > 0 && k.compareTo(N) < 0 && last.subtract(N).abs().compareTo(lastWeight) < 0) {
                scalars.add(k);
            }
        }
        assertThat(scalars).as("width %d", width).isNotEmpty();
        return scalars;
    }

    private static void assertSamePoint(P256BaseMultiplier multiplier, BigInteger k) {
        ECPoint expected = BOUNCY_CASTLE.multiply(G, k).normalize();
        ECPoint actual = multiplier.multiply(G, k);
        assertThat(actual.isNormalized()).isTrue();
        assertThat(actual).as("k = %s", k.toString(16)).isEqualTo(expected);
    }
}
