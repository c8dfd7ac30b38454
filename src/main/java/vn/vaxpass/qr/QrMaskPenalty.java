package vn.vaxpass.qr;

/**
 * The four penalty rules of ISO/IEC 18004:2015 §7.8.3 (N1-N4), scored as ZXing's MaskUtil scores them, on lines
 * held as bitsets (bit x of a row is module x). {@code at(line, w, k)} is word w of the line shifted so that bit x
 * holds module x + k; modules outside the symbol read as 0, and each rule masks positions whose window would leave
 * the symbol, as ZXing's bounds checks do.
 */
final class QrMaskPenalty {

    private static final int PENALTY_N1 = 3;
    private static final int PENALTY_N2 = 3;
    private static final int PENALTY_N3 = 40;
    private static final int PENALTY_N4 = 10;

    private final int n;
    private final int words;
    private final long[] equal;
    private final long[] light;
    private final long[] pair;

    QrMaskPenalty(int n, int words) {
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
