package vn.vaxpass.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * Chooses the data mask exactly as ZXing's encoder does (lowest penalty of ISO/IEC 18004:2015 §7.8.3, rules N1-N4
 * as ZXing's MaskUtil scores them, first mask on a tie), from one matrix ZXing built with mask 0.
 *
 * <p>Why: ZXing builds and scores eight full matrices, about 90% of its encoding time. Masks only flip data modules
 * (§7.8.2) and change the format information (§7.9), so the other candidates follow from the first by XOR, and the
 * penalty rules can be scored 64 modules at a time on rows and columns held as bitsets. The result is the symbol
 * ZXing would have produced; a test compares them module by module for versions 1-40.
 */
final class QrMaskSelector {

    private static final int FORMAT_INFO_POLY = 0x537;
    private static final int FORMAT_INFO_MASK = 0x5412;
    private static final int FORMAT_INFO_BITS = 15;
    /** Format information bits 0-14, first copy, as (x, y) (§7.9.1, figure 25). */
    private static final int[][] FORMAT_INFO_FIRST_COPY = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8},
        {0, 8}
    };

    private QrMaskSelector() {
    }

    /** The mask chosen and the modules (1 dark, row by row) with it applied. */
    record Masked(int mask, byte[] modules) {
    }

    /**
     * @param maskZero the matrix ZXing built with mask pattern 0
     */
    static Masked choose(ByteMatrix maskZero, Version version, ErrorCorrectionLevel level) {
        QrMaskLayout layout = QrMaskLayout.of(version);
        int n = layout.n;
        int words = layout.words;
        long[][] unmaskedRows = new long[n][words];
        long[][] unmaskedColumns = new long[n][words];
        byte[][] matrix = maskZero.getArray();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                long bit = matrix[y][x] & 1;
                unmaskedRows[y][x >>> 6] |= bit << x;
                unmaskedColumns[x][y >>> 6] |= bit << y;
            }
        }
        xor(unmaskedRows, layout.flipRows[0]);
        xor(unmaskedColumns, layout.flipColumns[0]);

        QrMaskPenalty scorer = new QrMaskPenalty(n, words);
        long[][] rows = new long[n][words];
        long[][] columns = new long[n][words];
        long[][] bestRows = new long[n][words];
        int bestMask = -1;
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < QrMaskLayout.MASK_PATTERNS; mask++) {
            for (int i = 0; i < n; i++) {
                for (int w = 0; w < words; w++) {
                    rows[i][w] = unmaskedRows[i][w] ^ layout.flipRows[mask][i][w];
                    columns[i][w] = unmaskedColumns[i][w] ^ layout.flipColumns[mask][i][w];
                }
            }
            placeFormatInformation(rows, columns, n, level, mask);
            int penalty = scorer.penalty(rows, columns);
            if (penalty < bestPenalty) {
                bestPenalty = penalty;
                bestMask = mask;
                for (int i = 0; i < n; i++) {
                    System.arraycopy(rows[i], 0, bestRows[i], 0, words);
                }
            }
        }
        byte[] modules = new byte[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                modules[y * n + x] = (byte) (bestRows[y][x >>> 6] >>> x & 1);
            }
        }
        return new Masked(bestMask, modules);
    }

    private static void xor(long[][] target, long[][] flips) {
        for (int i = 0; i < target.length; i++) {
            for (int w = 0; w < target[i].length; w++) {
                target[i][w] ^= flips[i][w];
            }
        }
    }

    /** The 15 format bits (§7.9.1: level and mask, BCH(15,5), XOR 0x5412), both copies, least significant first. */
    private static void placeFormatInformation(long[][] rows, long[][] columns, int n, ErrorCorrectionLevel level,
            int mask) {
        int data = level.getBits() << 3 | mask;
        int bits = (data << 10 | bch(data)) ^ FORMAT_INFO_MASK;
        for (int i = 0; i < FORMAT_INFO_BITS; i++) {
            long bit = bits >>> i & 1;
            set(rows, columns, FORMAT_INFO_FIRST_COPY[i][0], FORMAT_INFO_FIRST_COPY[i][1], bit);
            if (i < 8) {
                set(rows, columns, n - 1 - i, 8, bit);
            } else {
                set(rows, columns, 8, n - 7 + i - 8, bit);
            }
        }
    }

    private static void set(long[][] rows, long[][] columns, int x, int y, long bit) {
        rows[y][x >>> 6] = rows[y][x >>> 6] & ~(1L << x) | bit << x;
        columns[x][y >>> 6] = columns[x][y >>> 6] & ~(1L << y) | bit << y;
    }

    private static int bch(int data) {
        int value = data << 10;
        while (Integer.SIZE - Integer.numberOfLeadingZeros(value) >= 11) {
            value ^= FORMAT_INFO_POLY << (Integer.SIZE - Integer.numberOfLeadingZeros(value) - 11);
        }
        return value;
    }

}
