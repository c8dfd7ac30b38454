package vn.vaxpass.qr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Renders a QR symbol as a 1-bit grayscale PNG (W3C PNG Specification, 2nd edition, §11.2: IHDR, IDAT, IEND),
 * quiet zone included. Written by hand because {@code javax.imageio} needs AWT, which native images lack.
 */
public final class QrPngWriter {

    /** Pixels per module when not given: a ~100-module symbol becomes a ~430-pixel image. */
    public static final int DEFAULT_PIXELS_PER_MODULE = 4;

    /** Upper bound on pixels per module, so a caller's mistake cannot ask for a gigapixel image. */
    public static final int MAX_PIXELS_PER_MODULE = 64;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BIT_DEPTH = 1;
    private static final int COLOUR_TYPE_GRAYSCALE = 0;
    private static final int COMPRESSION_DEFLATE = 0;
    private static final int FILTER_METHOD_ADAPTIVE = 0;
    private static final int FILTER_TYPE_NONE = 0;
    private static final int FILTER_TYPE_UP = 2;
    private static final int INTERLACE_NONE = 0;

    private QrPngWriter() {
    }

    /** Writes the symbol with {@link #DEFAULT_PIXELS_PER_MODULE}. */
    public static byte[] write(QrSymbol symbol) {
        return write(symbol, DEFAULT_PIXELS_PER_MODULE);
    }

    /**
     * Writes the symbol, each module a square of {@code pixelsPerModule} pixels.
     *
     * @throws IllegalArgumentException if pixelsPerModule is outside 1..{@value #MAX_PIXELS_PER_MODULE}
     */
    public static byte[] write(QrSymbol symbol, int pixelsPerModule) {
        if (pixelsPerModule < 1 || pixelsPerModule > MAX_PIXELS_PER_MODULE) {
            throw new IllegalArgumentException("pixelsPerModule must be 1.." + MAX_PIXELS_PER_MODULE
                    + ", was " + pixelsPerModule);
        }
        int side = symbol.sizeWithQuietZone() * pixelsPerModule;
        byte[] idat = deflate(scanlines(symbol, pixelsPerModule, side));

        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + 64);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, side);
        putInt(header, 4, side);
        header[8] = BIT_DEPTH;
        header[9] = COLOUR_TYPE_GRAYSCALE;
        header[10] = COMPRESSION_DEFLATE;
        header[11] = FILTER_METHOD_ADAPTIVE;
        header[12] = INTERLACE_NONE;
        writeChunk(out, "IHDR", header);
        writeChunk(out, "IDAT", idat);
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * The filtered image data: per pixel row a filter byte then the packed bits, 1 = white. The first pixel row of
     * each module row is written out (filter None); the rows repeating it are filter Up with all-zero differences,
     * which deflate to almost nothing.
     */
    private static byte[] scanlines(QrSymbol symbol, int pixelsPerModule, int side) {
        int stride = 1 + (side + 7) / 8;
        byte[] raw = new byte[stride * side];
        int quiet = QrSymbol.QUIET_ZONE_MODULES;
        int modules = symbol.sizeWithQuietZone();
        for (int moduleY = 0; moduleY < modules; moduleY++) {
            int first = moduleY * pixelsPerModule * stride;
            raw[first] = FILTER_TYPE_NONE;
            Arrays.fill(raw, first + 1, first + 1 + side / 8, (byte) 0xFF);
            if (side % 8 != 0) {
                raw[first + 1 + side / 8] = (byte) (0xFF00 >>> (side % 8));
            }
            int y = moduleY - quiet;
            if (y >= 0 && y < symbol.size()) {
                for (int x = 0; x < symbol.size(); x++) {
                    if (symbol.isDark(x, y)) {
                        int start = (x + quiet) * pixelsPerModule;
                        for (int px = start; px < start + pixelsPerModule; px++) {
                            raw[first + 1 + (px >>> 3)] &= (byte) ~(0x80 >>> (px & 7));
                        }
                    }
                }
            }
            for (int r = 1; r < pixelsPerModule; r++) {
                raw[first + r * stride] = FILTER_TYPE_UP;
            }
        }
        return raw;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.writeBytes(crcBytes);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
