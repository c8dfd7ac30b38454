package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class JpegIdctMatchesTheDefiningFormula {

    private static final int[] UNIT_QUANTISATION = new int[64];

    static {
        Arrays.fill(UNIT_QUANTISATION, 1);
    }

    @Test
    void matchesT81EquationA3_3OnRandomBlocks() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            short[] coefficients = new short[64];
            for (int i = 0; i < 64; i++) {
                coefficients[i] = (short) (random.nextInt(9) == 0 ? random.nextInt(401) - 200 : 0);
            }
            byte[] out = new byte[64];
            new JpegIdct().transform(coefficients, 0, UNIT_QUANTISATION, out, 0, 8, 8, 8);

            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    long expected = Math.max(0, Math.min(255, Math.round(formula(coefficients, x, y)) + 128));
                    assertThat(out[y * 8 + x] & 0xFF).as("sample %d,%d", x, y).isCloseTo((int) expected,
                            org.assertj.core.data.Offset.offset(1));
                }
            }
        }
    }

    @Test
    void aDcOnlyBlockIsFlatAndClipsToItsEdge() {
        short[] coefficients = new short[64];
        coefficients[0] = 80; // DC 80 with quantisation 2: 160 / 8 = 20 above mid-gray
        int[] quantisation = UNIT_QUANTISATION.clone();
        quantisation[0] = 2;
        byte[] out = new byte[10 * 10];

        new JpegIdct().transform(coefficients, 0, quantisation, out, 0, 10, 3, 2);

        assertThat(out[0] & 0xFF).isEqualTo(148);
        assertThat(out[10 + 2] & 0xFF).isEqualTo(148);
        assertThat(out[3]).as("right of the clip").isZero();
        assertThat(out[2 * 10]).as("below the clip").isZero();
    }

    private static double formula(short[] f, int x, int y) {
        double sum = 0;
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                double cu = u == 0 ? Math.sqrt(0.5) : 1;
                double cv = v == 0 ? Math.sqrt(0.5) : 1;
                sum += cu * cv * f[v * 8 + u] * Math.cos((2 * x + 1) * u * Math.PI / 16)
                        * Math.cos((2 * y + 1) * v * Math.PI / 16);
            }
        }
        return sum / 4;
    }
}
