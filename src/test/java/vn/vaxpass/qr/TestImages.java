package vn.vaxpass.qr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test images and texts under {@code src/test/resources/qr/}. */
final class TestImages {

    /** The text of the QR-only fixtures ({@code png/qr-*.png}, {@code jpeg/qr-progressive.jpg}). */
    static final String FIXTURE_TEXT = "HC1:VAXPASS TEST 0123456789";

    private TestImages() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = TestImages.class.getResourceAsStream("/qr/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource qr/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory(String path) {
        URL url = TestImages.class.getResource("/qr/" + path);
        if (url == null) {
            throw new IllegalArgumentException("no test resource qr/" + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HC1 text of Viet Nam's sample vaccination certificate, as zbarimg reads it (without its newline). */
    static String vietnamHc1() {
        return new String(bytes("vn-sample/VN/1.3.0/VAC_VN.zbarimg.txt"), StandardCharsets.US_ASCII).strip();
    }

    static byte[] vietnamJpeg() {
        return bytes("vn-sample/VN/1.3.0/VAC_VN.png");
    }

    /**
     * The largest difference between two images' pixels, for assertions that fail with a number rather than
     * two pages of bytes.
     *
     * @throws AssertionError if their sizes differ
     */
    static int largestDifference(GrayImage actual, GrayImage expected) {
        if (actual.width() != expected.width() || actual.height() != expected.height()) {
            throw new AssertionError("size " + actual.width() + "x" + actual.height() + ", expected "
                    + expected.width() + "x" + expected.height());
        }
        int largest = 0;
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                largest = Math.max(largest, Math.abs(actual.at(x, y) - expected.at(x, y)));
            }
        }
        return largest;
    }

    /** Reads a binary (P5) 8-bit PGM, as ImageMagick and djpeg write them. */
    static GrayImage pgm(String path) {
        byte[] data = bytes(path);
        int[] fields = new int[3];
        int pos = 2;
        for (int i = 0; i < 3; i++) {
            while (Character.isWhitespace(data[pos])) {
                pos++;
            }
            int value = 0;
            while (Character.isDigit(data[pos])) {
                value = value * 10 + data[pos++] - '0';
            }
            fields[i] = value;
        }
        pos++;
        if (data[0] != 'P' || data[1] != '5' || fields[2] != 255) {
            throw new IllegalArgumentException(path + " is not an 8-bit binary PGM");
        }
        byte[] pixels = new byte[fields[0] * fields[1]];
        System.arraycopy(data, pos, pixels, 0, pixels.length);
        return new GrayImage(fields[0], fields[1], pixels);
    }
}
