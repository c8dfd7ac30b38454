package vn.vaxpass.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Decodes a PNG to luminance (W3C PNG Specification, 2nd edition): every colour type and bit depth, filters
 * 0-4 (§9), Adam7 interlace (§8.2), PLTE and tRNS, alpha composited over white. Untrusted input: sizes are
 * bounded before allocating, and the image data is inflated row by row, never beyond what the header implies.
 */
final class PngDecoder {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int IHDR = chunkType("IHDR");
    private static final int PLTE = chunkType("PLTE");
    private static final int IDAT = chunkType("IDAT");
    private static final int IEND = chunkType("IEND");
    private static final int TRNS = chunkType("tRNS");
    private static final int IHDR_LENGTH = 13;
    private static final int INTERLACE_ADAM7 = 1;
    /**
     * Deflate's largest compression ratio (zlib FAQ: 1032:1, a 258-byte match in one bit or so). Image data that
     * would inflate to more than this many times its compressed size cannot be real, so the header lies.
     */
    static final long MAX_DEFLATE_RATIO = 1032;

    /** Adam7 passes (§8.2): first column, first row, column step, row step. */
    private static final int[][] ADAM7 = {
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}
    };

    private PngDecoder() {
    }

    static GrayImage decode(byte[] png) throws QrReadException {
        PngHeader header = null;
        byte[] palette = null;
        byte[] transparency = null;
        List<int[]> idat = new ArrayList<>();
        int pos = SIGNATURE_LENGTH;
        boolean ended = false;
        while (!ended) {
            if (png.length - pos < 12) {
                throw QrReadException.corrupt("truncated before IEND");
            }
            long length = readInt(png, pos) & 0xFFFFFFFFL;
            int type = readInt(png, pos + 4);
            if (length > png.length - pos - 12L) {
                throw QrReadException.corrupt("chunk of " + length + " bytes runs past the end");
            }
            int dataStart = pos + 8;
            int dataLength = (int) length;
            boolean critical = (type & 0x20000000) == 0;
            if (critical) {
                checkCrc(png, pos + 4, dataLength);
            }
            if (header == null && type != IHDR) {
                throw QrReadException.corrupt("first chunk is not IHDR");
            }
            if (type == IHDR) {
                if (header != null || dataLength != IHDR_LENGTH) {
                    throw QrReadException.corrupt("bad IHDR");
                }
                header = PngHeader.parse(png, dataStart);
            } else if (type == PLTE) {
                if (dataLength == 0 || dataLength % 3 != 0 || dataLength > 3 * 256) {
                    throw QrReadException.corrupt("PLTE of " + dataLength + " bytes");
                }
                palette = slice(png, dataStart, dataLength);
            } else if (type == TRNS) {
                transparency = slice(png, dataStart, dataLength);
            } else if (type == IDAT) {
                idat.add(new int[] {dataStart, dataLength});
            } else if (type == IEND) {
                ended = true;
            } else if (critical) {
                throw QrReadException.unsupported("unknown critical chunk " + typeName(type));
            }
            pos = dataStart + dataLength + 4;
        }
        if (idat.isEmpty()) {
            throw QrReadException.corrupt("no IDAT chunk");
        }
        checkImageDataCanFill(header, idat);
        PngPixels pixels = PngPixels.of(header, palette, transparency);
        byte[] luminance = GrayImage.allocate(header.width(), header.height());
        try (PngImageData data = new PngImageData(png, idat)) {
            if (header.interlace() == INTERLACE_ADAM7) {
                for (int[] pass : ADAM7) {
                    readPass(data, header, pixels, luminance, pass[0], pass[1], pass[2], pass[3]);
                }
            } else {
                readPass(data, header, pixels, luminance, 0, 0, 1, 1);
            }
        }
        return new GrayImage(header.width(), header.height(), luminance);
    }

    /**
     * Refuses, before anything is allocated, a header whose image the compressed data could not fill: the
     * allocations that follow are then bounded by the input's real size, not by what a header claims.
     */
    private static void checkImageDataCanFill(PngHeader header, List<int[]> idat) throws QrReadException {
        GrayImage.allocateCheck(header.width(), header.height());
        long compressed = 0;
        for (int[] chunk : idat) {
            compressed += chunk[1];
        }
        long inflated = 0;
        int[][] passes = header.interlace() == INTERLACE_ADAM7 ? ADAM7 : new int[][] {{0, 0, 1, 1}};
        for (int[] pass : passes) {
            long passWidth = (header.width() - pass[0] + pass[2] - 1) / pass[2];
            long passHeight = (header.height() - pass[1] + pass[3] - 1) / pass[3];
            if (passWidth > 0 && passHeight > 0) {
                inflated += passHeight * (1 + (passWidth * header.bitsPerPixel() + 7) / 8);
            }
        }
        if (inflated > MAX_DEFLATE_RATIO * compressed) {
            throw QrReadException.corrupt(compressed + " bytes of image data cannot hold a " + header.width() + "x"
                    + header.height() + " image");
        }
    }

    private static void readPass(PngImageData data, PngHeader header, PngPixels pixels, byte[] luminance,
            int x0, int y0, int dx, int dy) throws QrReadException {
        int passWidth = (header.width() - x0 + dx - 1) / dx;
        int passHeight = (header.height() - y0 + dy - 1) / dy;
        if (passWidth <= 0 || passHeight <= 0) {
            return;
        }
        int rowBytes = (int) (((long) passWidth * header.bitsPerPixel() + 7) / 8);
        int bytesPerPixel = Math.max(1, header.bitsPerPixel() / 8);
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[] filter = new byte[1];
        for (int row = 0; row < passHeight; row++) {
            data.readFully(filter, 1);
            data.readFully(current, rowBytes);
            PngFilter.unfilter(filter[0] & 0xFF, current, previous, bytesPerPixel);
            int y = y0 + row * dy;
            pixels.toLuminance(current, passWidth, luminance, y * header.width() + x0, dx);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
    }

    private static void checkCrc(byte[] png, int typeStart, int dataLength) throws QrReadException {
        CRC32 crc = new CRC32();
        crc.update(png, typeStart, 4 + dataLength);
        int expected = readInt(png, typeStart + 4 + dataLength);
        if ((int) crc.getValue() != expected) {
            throw QrReadException.corrupt("CRC mismatch in chunk " + typeName(readInt(png, typeStart)));
        }
    }

    static int readInt(byte[] data, int pos) {
        return (data[pos] & 0xFF) << 24 | (data[pos + 1] & 0xFF) << 16 | (data[pos + 2] & 0xFF) << 8
                | (data[pos + 3] & 0xFF);
    }

    private static byte[] slice(byte[] data, int start, int length) {
        byte[] copy = new byte[length];
        System.arraycopy(data, start, copy, 0, length);
        return copy;
    }

    private static int chunkType(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    private static String typeName(int type) {
        StringBuilder name = new StringBuilder(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = type >>> shift & 0xFF;
            name.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return name.toString();
    }
}
