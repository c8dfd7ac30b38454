package vn.vaxpass.certificate.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Images the engine's own writer cannot make: QR codes of any text in any mode (the engine's encoder
 * refuses all but alphanumeric HC1 text) and arbitrary pixels, as plain 8-bit grayscale PNGs with valid
 * CRCs and zlib streams, so that what they exercise lies past the PNG decoder's checks.
 */
final class TestImageWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PIXELS_PER_MODULE = 4;
    private static final int QUIET_ZONE_MODULES = 4;

    private TestImageWriter() {
    }

    /** The text as a QR code at level Q, in whatever mode ZXing needs for it (byte mode, UTF-8, for non-ASCII). */
    static byte[] qrPng(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("ZXing cannot encode the text", e);
        }
        return grayPng(modules.getWidth() * PIXELS_PER_MODULE, modules.getHeight() * PIXELS_PER_MODULE,
                (x, y) -> modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0 : 255);
    }

    /** An 8-bit grayscale PNG (colour type 0, no interlace, filter type 0 on every row). */
    static byte[] grayPng(int width, int height, IntBinaryOperator luminance) {
        byte[] raw = new byte[(width + 1) * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raw[y * (width + 1) + 1 + x] = (byte) luminance.applyAsInt(x, y);
            }
        }
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", deflate(raw));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        png.writeBytes(crcBytes);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
