package vn.vaxpass.qr;

import java.util.concurrent.atomic.AtomicReferenceArray;

import com.google.zxing.qrcode.decoder.Version;

/**
 * What of masking depends on the version only: for each of the 8 masks, which modules it flips, as row and column
 * bitsets (bit x of word x / 64). Data modules flip where the mask condition holds (ISO/IEC 18004:2015 §7.8.2);
 * function patterns never do. Built once per version and shared.
 */
final class QrMaskLayout {

    static final int MASK_PATTERNS = 8;

    private static final AtomicReferenceArray<QrMaskLayout> LAYOUTS = new AtomicReferenceArray<>(41);

    final int n;
    final int words;
    final long[][][] flipRows = new long[MASK_PATTERNS][][];
    final long[][][] flipColumns = new long[MASK_PATTERNS][][];

    private QrMaskLayout(Version version) {
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

    static QrMaskLayout of(Version version) {
        int number = version.getVersionNumber();
        QrMaskLayout layout = LAYOUTS.get(number);
        if (layout == null) {
            layout = new QrMaskLayout(version);
            LAYOUTS.compareAndSet(number, null, layout);
        }
        return layout;
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
}
