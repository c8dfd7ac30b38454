package vn.vaxpass.qr;

/** Reverses the five PNG scanline filters (PNG §9.2), in place. */
final class PngFilter {

    static final int NONE = 0;
    static final int SUB = 1;
    static final int UP = 2;
    static final int AVERAGE = 3;
    static final int PAETH = 4;

    private PngFilter() {
    }

    /**
     * @param row      the filtered bytes of this row, replaced by the raw bytes
     * @param previous the raw bytes of the row above, all zero for a pass's first row
     */
    static void unfilter(int type, byte[] row, byte[] previous, int bytesPerPixel) throws QrReadException {
        int n = row.length;
        switch (type) {
            case NONE:
                return;
            case SUB:
                for (int i = bytesPerPixel; i < n; i++) {
                    row[i] += row[i - bytesPerPixel];
                }
                return;
            case UP:
                for (int i = 0; i < n; i++) {
                    row[i] += previous[i];
                }
                return;
            case AVERAGE:
                for (int i = 0; i < n; i++) {
                    int left = i >= bytesPerPixel ? row[i - bytesPerPixel] & 0xFF : 0;
                    row[i] += (byte) ((left + (previous[i] & 0xFF)) >>> 1);
                }
                return;
            case PAETH:
                for (int i = 0; i < n; i++) {
                    int a = i >= bytesPerPixel ? row[i - bytesPerPixel] & 0xFF : 0;
                    int b = previous[i] & 0xFF;
                    int c = i >= bytesPerPixel ? previous[i - bytesPerPixel] & 0xFF : 0;
                    row[i] += (byte) paeth(a, b, c);
                }
                return;
            default:
                throw QrReadException.corrupt("filter type " + type);
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
