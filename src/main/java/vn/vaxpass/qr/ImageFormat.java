package vn.vaxpass.qr;

import java.nio.charset.StandardCharsets;

/** Image formats told apart by their leading signature bytes. */
enum ImageFormat {
    PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF(ascii("GIF8")),
    BMP(ascii("BM")),
    TIFF_LITTLE_ENDIAN(new byte[] {'I', 'I', 42, 0}),
    TIFF_BIG_ENDIAN(new byte[] {'M', 'M', 0, 42}),
    WEBP(ascii("RIFF")),
    JPEG_2000(new byte[] {0, 0, 0, 12, 'j', 'P', ' ', ' '}),
    /** ISO base media (HEIC, AVIF): "ftyp" at offset 4; matched separately. */
    ISO_MEDIA(new byte[0]),
    UNKNOWN(new byte[0]);

    private final byte[] signature;

    ImageFormat(byte[] signature) {
        this.signature = signature;
    }

    static ImageFormat detect(byte[] data) {
        for (ImageFormat format : values()) {
            if (format.signature.length > 0 && startsWith(data, format.signature)) {
                return format;
            }
        }
        if (data.length >= 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p') {
            return ISO_MEDIA;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
