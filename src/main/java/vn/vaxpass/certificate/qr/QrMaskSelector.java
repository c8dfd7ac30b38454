package vn.vaxpass.certificate.qr;

import java.util.concurrent.atomic.AtomicReferenceArray;

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

    static final int MASK_PATTERNS = 8;

    private static final int PENALTY_N1 = 3;
    private static final int PENALTY_N2 = 3;
    private static final int PENALTY_N3 = 40;
    private static final int PENALTY_N4 = 10;
    private static final int FORMAT_INFO_POLY = 0x537;
    private static final int FORMAT_INFO_MASK = 0x5412;
    private static final int FORMAT_INFO_BITS = 15;
    /** Format information bits 0-14, first copy, as (x, y) (§7.9.1, figure 25). */
    private static final int[][] FORMAT_INFO_FIRST_COPY = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8},
        {0, 8}
    };

    private static final AtomicReferenceArray<Layout> LAYOUTS = new AtomicReferenceArray<>(41);

    private QrMaskSelector() {
    }

    /** The mask chosen and the modules (1 dark, row by row) with it applied. */
    record Masked(int mask, byte[] modules) {
    }

    /**
     * @param maskZero the matrix ZXing built with mask pattern 0
     */
    static Masked choose(ByteMatrix maskZero, Version version, ErrorCorrectionLevel level) {
        Layout layout = layout(version);
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

        Scorer scorer = new Scorer(n, words);
        long[][] rows = new long[n][words];
        long[][] columns = new long[n][words];
        long[][] bestRows = new long[n][words];
        int bestMask = -1;
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
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

    /** Data mask conditions of table 10 (§7.8.2), x the column, y the row: true where a data module flips. */
    static boolean maskBit(int mask, int x, int y) {
        switch (mask) {
            case 0:
                return ((x + y) & 1) == 0;
            case 1:
                return (y & 1) == 0;
            case 2:
                return x % 3 == 0;
            case 3:
                return (x + y) % 3 == 0;
            case 4:
                return ((y / 2 + x / 3) & 1) == 0;
            case 5:
                return (x * y & 1) + x * y % 3 == 0;
            case 6:
                return (((x * y & 1) + x * y % 3) & 1) == 0;
            default:
                return ((x * y % 3 + ((x + y) & 1)) & 1) == 0;
        }
    }

    private static Layout layout(Version version) {
        int number = version.getVersionNumber();
        Layout layout = LAYOUTS.get(number);
        if (layout == null) {
            layout = new Layout(version);
            LAYOUTS.compareAndSet(number, null, layout);
        }
        return layout;
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

    /** What depends on the version only: which modules each mask flips, as row and column bitsets. */
    private static final class Layout {
        final int n;
        final int words;
        final long[][][] flipRows = new long[MASK_PATTERNS][][];
        final long[][][] flipColumns = new long[MASK_PATTERNS][][];

        Layout(Version version) {
            n = version.getDimensionForVersion();
            words = (n + 63) >>> 6;
            boolean[] function = functionModules(version, n);
            for (int mask = 0; mask < MASK_PATTERNS; mask++) {
                flipRows[mask] = new long[n][words];
                flipColumns[mask] = new long[n][words];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        if (!function[y * n + x] && maskBit(mask, x, y)) {
                            flipRows[mask][y][x >>> 6] |= 1L << x;
                            flipColumns[mask][x][y >>> 6] |= 1L << y;
                        }
                    }
                }
            }
        }

        /**
         * Modules that carry no data: finder patterns with separators and format information, timing patterns,
         * alignment patterns, version information (§6.3, figure 2), laid out as ZXing's decoder lays them out.
         */
        private static boolean[] functionModules(Version version, int n) {
            boolean[] function = new boolean[n * n];
            region(function, n, 0, 0, 9, 9);
            region(function, n, n - 8, 0, 8, 9);
            region(function, n, 0, n - 8, 9, 8);
            int[] centres = version.getAlignmentPatternCenters();
            int last = centres.length - 1;
            for (int i = 0; i <= last; i++) {
                for (int j = 0; j <= last; j++) {
                    boolean nearFinder = i == 0 && (j == 0 || j == last) || i == last && j == 0;
                    if (!nearFinder) {
                        region(function, n, centres[j] - 2, centres[i] - 2, 5, 5);
                    }
                }
            }
            region(function, n, 6, 9, 1, n - 17);
            region(function, n, 9, 6, n - 17, 1);
            if (version.getVersionNumber() > 6) {
                region(function, n, n - 11, 0, 3, 6);
                region(function, n, 0, n - 11, 6, 3);
            }
            return function;
        }

        private static void region(boolean[] function, int n, int left, int top, int width, int height) {
            for (int y = top; y < top + height; y++) {
                for (int x = left; x < left + width; x++) {
                    function[y * n + x] = true;
                }
            }
        }
    }

    /**
     * The four penalty rules on lines held as bitsets (bit x of a row is module x). {@code at(line, w, k)} is the
     * word w of the line shifted so that bit x holds module x + k; modules outside the symbol read as 0, and each
     * rule masks positions whose window would leave the symbol, as ZXing's bounds checks do.
     */
    private static final class Scorer {
        private final int n;
        private final int words;
        private final long[] equal;
        private final long[] light;
        private final long[] pair;

        Scorer(int n, int words) {
            this.n = n;
            this.words = words;
            this.equal = new long[words];
            this.light = new long[words];
            this.pair = new long[words];
        }

        int penalty(long[][] rows, long[][] columns) {
            int runs = 0;
            int finderLike = 0;
            int dark = 0;
            for (int i = 0; i < n; i++) {
                runs += runs(rows[i]) + runs(columns[i]);
                finderLike += finderLike(rows[i]) + finderLike(columns[i]);
                for (long word : rows[i]) {
                    dark += Long.bitCount(word);
                }
            }
            int blocks = 0;
            for (int y = 0; y + 1 < n; y++) {
                blocks += blocks(rows[y], rows[y + 1]);
            }
            int total = n * n;
            return runs + PENALTY_N2 * blocks + PENALTY_N3 * finderLike
                    + Math.abs(dark * 2 - total) * 10 / total * PENALTY_N4;
        }

        /** N1: a run of L >= 5 scores L - 2, which is its windows of five (L - 4) plus 2 for its start. */
        private int runs(long[] line) {
            for (int w = 0; w < words; w++) {
                equal[w] = ~(line[w] ^ at(line, w, 1)) & upTo(w, n - 2);
            }
            int penalty = 0;
            for (int w = 0; w < words; w++) {
                long five = equal[w] & at(equal, w, 1) & at(equal, w, 2) & at(equal, w, 3);
                long start = five & ~at(equal, w, -1);
                penalty += Long.bitCount(five) + (PENALTY_N1 - 1) * Long.bitCount(start);
            }
            return penalty;
        }

        /** N3: dark-light-dark-dark-dark-light-dark with four light modules, inside the symbol, before or after. */
        private int finderLike(long[] line) {
            for (int w = 0; w < words; w++) {
                light[w] = ~line[w] & ~at(line, w, 1) & ~at(line, w, 2) & ~at(line, w, 3) & upTo(w, n - 4);
            }
            int count = 0;
            for (int w = 0; w < words; w++) {
                long pattern = line[w] & ~at(line, w, 1) & at(line, w, 2) & at(line, w, 3) & at(line, w, 4)
                        & ~at(line, w, 5) & at(line, w, 6) & upTo(w, n - 7);
                count += Long.bitCount(pattern & (at(light, w, 7) | at(light, w, -4)));
            }
            return count;
        }

        /** N2: 2x2 blocks of one colour whose top left module is in this row. */
        private int blocks(long[] row, long[] below) {
            for (int w = 0; w < words; w++) {
                pair[w] = ~(row[w] ^ below[w]);
            }
            int count = 0;
            for (int w = 0; w < words; w++) {
                long block = pair[w] & at(pair, w, 1) & ~(row[w] ^ at(row, w, 1)) & upTo(w, n - 2);
                count += Long.bitCount(block);
            }
            return count;
        }

        private long at(long[] line, int w, int k) {
            if (k > 0) {
                long high = w + 1 < words ? line[w + 1] << (64 - k) : 0;
                return line[w] >>> k | high;
            }
            int left = -k;
            long low = w > 0 ? line[w - 1] >>> (64 - left) : 0;
            return line[w] << left | low;
        }

        /** Bits of word w for positions 0..last. */
        private static long upTo(int w, int last) {
            int top = last - 64 * w;
            if (top < 0) {
                return 0;
            }
            return top >= 63 ? -1L : (1L << (top + 1)) - 1;
        }
    }
}
