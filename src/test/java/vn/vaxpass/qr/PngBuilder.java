package vn.vaxpass.qr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builds PNG files chunk by chunk, right or deliberately wrong, for decoder tests. */
final class PngBuilder {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PngBuilder() {
        out.writeBytes(SIGNATURE);
    }

    static PngBuilder png() {
        return new PngBuilder();
    }

    PngBuilder header(int width, int height, int bitDepth, int colourType, int interlace) {
        byte[] data = new byte[13];
        putInt(data, 0, width);
        putInt(data, 4, height);
        data[8] = (byte) bitDepth;
        data[9] = (byte) colourType;
        data[12] = (byte) interlace;
        return chunk("IHDR", data);
    }

    /** Compresses the filtered scanlines into {@code pieces} IDAT chunks of about equal size. */
    PngBuilder imageData(byte[] scanlines, int pieces) {
        byte[] zlib = zlib(scanlines);
        int size = (zlib.length + pieces - 1) / pieces;
        for (int start = 0; start < zlib.length; start += size) {
            byte[] piece = new byte[Math.min(size, zlib.length - start)];
            System.arraycopy(zlib, start, piece, 0, piece.length);
            chunk("IDAT", piece);
        }
        return this;
    }

    PngBuilder end() {
        return chunk("IEND", new byte[0]);
    }

    PngBuilder chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] word = new byte[4];
        putInt(word, 0, data.length);
        out.writeBytes(word);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        putInt(word, 0, (int) crc.getValue());
        out.writeBytes(word);
        return this;
    }

    byte[] build() {
        return out.toByteArray();
    }

    static byte[] zlib(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            zipped.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return zipped.toByteArray();
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
