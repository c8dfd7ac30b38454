package vn.vaxpass.qr;

/**
 * The 8x8 inverse DCT of ITU-T T.81 §A.3.3, separable, in floating point; level shift and clamping to 0..255
 * included. Exact rather than fast: only the luminance of QR-sized images goes through it.
 */
final class JpegIdct {

    /** COS[u * 8 + x] = C(u) / 2 * cos((2x + 1) u pi / 16). */
    private static final float[] COS = new float[64];

    static {
        for (int u = 0; u < 8; u++) {
            double cu = u == 0 ? Math.sqrt(0.5) : 1.0;
            for (int x = 0; x < 8; x++) {
                COS[u * 8 + x] = (float) (cu / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16));
            }
        }
    }

    private final float[] rows = new float[64];

    /**
     * @param coefficients 64 quantised coefficients in natural (row-major) order, at {@code offset}
     * @param quantisation the 64 quantisation values in natural order
     * @param out          receives the 8x8 samples at {@code outOffset}, rows {@code outStride} apart, clipped to
     *                     {@code width} x {@code height}
     */
    void transform(short[] coefficients, int offset, int[] quantisation, byte[] out, int outOffset, int outStride,
            int width, int height) {
        for (int v = 0; v < 8; v++) {
            int base = offset + v * 8;
            boolean acZero = true;
            for (int u = 1; u < 8; u++) {
                if (coefficients[base + u] != 0) {
                    acZero = false;
                    break;
                }
            }
            if (acZero) {
                float dc = coefficients[base] * quantisation[v * 8] * COS[0];
                for (int x = 0; x < 8; x++) {
                    rows[v * 8 + x] = dc;
                }
                continue;
            }
            for (int x = 0; x < 8; x++) {
                float sum = 0;
                for (int u = 0; u < 8; u++) {
                    sum += COS[u * 8 + x] * coefficients[base + u] * quantisation[v * 8 + u];
                }
                rows[v * 8 + x] = sum;
            }
        }
        for (int y = 0; y < height; y++) {
            int o = outOffset + y * outStride;
            for (int x = 0; x < width; x++) {
                float sum = 0;
                for (int v = 0; v < 8; v++) {
                    sum += COS[v * 8 + y] * rows[v * 8 + x];
                }
                int sample = Math.round(sum) + 128;
                out[o + x] = (byte) (sample < 0 ? 0 : Math.min(sample, 255));
            }
        }
    }
}
