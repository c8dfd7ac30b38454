package vn.vaxpass.qr;

/**
 * Turns unfiltered PNG scanlines into luminance (PNG §7.2 sample layout, §11.3.2.1 tRNS): gray as is, colour by
 * Rec. 601 luma, 16-bit samples by their high byte, and transparency composited over white, since a QR code on a
 * transparent background is meant to be seen on a light page.
 */
final class PngPixels {

    private static final int NO_TRANSPARENT_SAMPLE = -1;

    private final PngHeader header;
    /** For gray up to 8 bits and for indexed colour: sample value to composited luminance. */
    private final int[] lookup;
    private final int transparentGray;
    private final int transparentRed;
    private final int transparentGreen;
    private final int transparentBlue;

    private PngPixels(PngHeader header, int[] lookup, int[] transparent) {
        this.header = header;
        this.lookup = lookup;
        this.transparentGray = transparent[0];
        this.transparentRed = transparent[0];
        this.transparentGreen = transparent[1];
        this.transparentBlue = transparent[2];
    }

    static PngPixels of(PngHeader header, byte[] palette, byte[] transparency) throws QrReadException {
        int[] transparent = {NO_TRANSPARENT_SAMPLE, NO_TRANSPARENT_SAMPLE, NO_TRANSPARENT_SAMPLE};
        int[] lookup = null;
        switch (header.colourType()) {
            case PngHeader.GRAYSCALE:
                if (transparency != null && transparency.length == 2) {
                    transparent[0] = readShort(transparency, 0) & ((1 << header.bitDepth()) - 1);
                }
                if (header.bitDepth() <= 8) {
                    lookup = grayLookup(header.bitDepth(), transparent[0]);
                }
                break;
            case PngHeader.TRUECOLOUR:
                if (transparency != null && transparency.length == 6) {
                    for (int c = 0; c < 3; c++) {
                        transparent[c] = readShort(transparency, 2 * c);
                    }
                }
                break;
            case PngHeader.INDEXED:
                if (palette == null) {
                    throw QrReadException.corrupt("indexed colour without PLTE");
                }
                lookup = paletteLookup(palette, transparency);
                break;
            default:
                break;
        }
        return new PngPixels(header, lookup, transparent);
    }

    private static int[] grayLookup(int bitDepth, int transparentSample) {
        int max = (1 << bitDepth) - 1;
        int[] lookup = new int[max + 1];
        for (int s = 0; s <= max; s++) {
            lookup[s] = s == transparentSample ? 255 : s * 255 / max;
        }
        return lookup;
    }

    private static int[] paletteLookup(byte[] palette, byte[] transparency) {
        // Indices past the palette are an error the spec leaves to the decoder; they show as black here.
        int[] lookup = new int[256];
        for (int i = 0; i < palette.length / 3; i++) {
            int luma = luma(palette[3 * i] & 0xFF, palette[3 * i + 1] & 0xFF, palette[3 * i + 2] & 0xFF);
            int alpha = transparency != null && i < transparency.length ? transparency[i] & 0xFF : 255;
            lookup[i] = overWhite(luma, alpha);
        }
        return lookup;
    }

    /**
     * Writes {@code count} pixels of {@code row} to {@code out}, starting at {@code outStart} and stepping by
     * {@code outStep} (more than 1 for Adam7 passes).
     */
    void toLuminance(byte[] row, int count, byte[] out, int outStart, int outStep) {
        int depth = header.bitDepth();
        int o = outStart;
        switch (header.colourType()) {
            case PngHeader.GRAYSCALE:
            case PngHeader.INDEXED:
                if (depth == 16) {
                    for (int i = 0; i < count; i++, o += outStep) {
                        int sample = readShort(row, 2 * i);
                        out[o] = (byte) (sample == transparentGray ? 255 : sample >>> 8);
                    }
                } else if (depth == 8) {
                    for (int i = 0; i < count; i++, o += outStep) {
                        out[o] = (byte) lookup[row[i] & 0xFF];
                    }
                } else {
                    int mask = (1 << depth) - 1;
                    for (int i = 0; i < count; i++, o += outStep) {
                        int bit = i * depth;
                        int sample = (row[bit >>> 3] & 0xFF) >>> (8 - depth - (bit & 7)) & mask;
                        out[o] = (byte) lookup[sample];
                    }
                }
                return;
            case PngHeader.TRUECOLOUR:
                int step = depth / 8;
                for (int i = 0; i < count; i++, o += outStep) {
                    int p = 3 * step * i;
                    int r = sample(row, p, depth);
                    int g = sample(row, p + step, depth);
                    int b = sample(row, p + 2 * step, depth);
                    boolean clear = r == transparentRed && g == transparentGreen && b == transparentBlue;
                    out[o] = (byte) (clear ? 255 : luma(high(r, depth), high(g, depth), high(b, depth)));
                }
                return;
            case PngHeader.GRAYSCALE_ALPHA:
                int stepGa = depth / 8;
                for (int i = 0; i < count; i++, o += outStep) {
                    int p = 2 * stepGa * i;
                    out[o] = (byte) overWhite(row[p] & 0xFF, row[p + stepGa] & 0xFF);
                }
                return;
            default: // TRUECOLOUR_ALPHA
                int stepRgba = depth / 8;
                for (int i = 0; i < count; i++, o += outStep) {
                    int p = 4 * stepRgba * i;
                    int luma = luma(row[p] & 0xFF, row[p + stepRgba] & 0xFF, row[p + 2 * stepRgba] & 0xFF);
                    out[o] = (byte) overWhite(luma, row[p + 3 * stepRgba] & 0xFF);
                }
        }
    }

    /** Rec. 601 luma in fixed point: 0.299 R + 0.587 G + 0.114 B. */
    static int luma(int r, int g, int b) {
        return (306 * r + 601 * g + 117 * b + 512) >> 10;
    }

    private static int overWhite(int luma, int alpha) {
        return (luma * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    private static int sample(byte[] row, int p, int depth) {
        return depth == 16 ? readShort(row, p) : row[p] & 0xFF;
    }

    private static int high(int sample, int depth) {
        return depth == 16 ? sample >>> 8 : sample;
    }

    private static int readShort(byte[] data, int p) {
        return (data[p] & 0xFF) << 8 | (data[p + 1] & 0xFF);
    }
}
