package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vaxpass.qr.QrReadException.Code;

/** Whatever the bytes, reading ends in the text or in a QrReadException with its code; never anything else. */
class QrReaderRejectsHostileInput {

    /** Images read by the fuzzing tests, each holding a QR code; the PNG is written by this package. */
    private static final String[] SEEDS = {"vn-sample/VN/1.3.0/VAC_VN.png", "jpeg/qr-progressive.jpg",
        "png/qr-palette2-adam7.png", "dcc-testdata/CZ/png/1.png"};

    @Test
    void zeroBytesAreNotAnImage() {
        assertCode(new byte[0], Code.NOT_AN_IMAGE);
    }

    @Test
    void textIsNotAnImage() {
        assertCode(TestImages.vietnamHc1().getBytes(StandardCharsets.US_ASCII), Code.NOT_AN_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF89a\1\0\1\0", "BM\0\0\0\0\0\0", "RIFF\0\0\0\0WEBPVP8 ", "II*\0\0\0\0\0",
        "\0\0\0\30ftypheic\0\0\0\0"})
    void otherImageFormatsAreUnsupported(String header) {
        assertCode(header.getBytes(StandardCharsets.ISO_8859_1), Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void aPngHeaderClaiming100000By100000PixelsIsTooLarge() {
        byte[] png = PngBuilder.png().header(100_000, 100_000, 8, 0, 0)
                .imageData(new byte[100_001], 1).end().build();

        assertCode(png, Code.IMAGE_TOO_LARGE);
    }

    @Test
    void aJpegFrameClaiming65535By65535PixelsIsTooLarge() {
        byte[] jpeg = TestImages.vietnamJpeg();
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        Arrays.fill(jpeg, sof + 5, sof + 9, (byte) 0xFF);

        assertCode(jpeg, Code.IMAGE_TOO_LARGE);
    }

    @Test
    void aDecompressionBombStopsAtTheSizeTheHeaderAllows() {
        int side = 4096; // exactly 16 megapixels: allowed, and 16 MiB of zeros deflate to about 16 KiB
        byte[] png = PngBuilder.png().header(side, side, 8, 0, 0)
                .imageData(new byte[side * (side + 1) * 2], 1).end().build();

        assertThat(png.length).isLessThan(64 * 1024);
        assertCode(png, Code.NO_QR_CODE);
    }

    @Test
    void anImageWithoutQrCodeHasNoQrCode() {
        assertCode(TestImages.bytes("png/gradient-rgb8-filter4.png"), Code.NO_QR_CODE);
        assertCode(TestImages.bytes("jpeg/colour-420.jpg"), Code.NO_QR_CODE);
    }

    @Test
    void noQrCodeIsReportedTheSameWayOutsideSurefire() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", classPath, NoQrCodeProbe.class.getName(),
                "png/gradient-rgb8-filter4.png", "jpeg/colour-420.jpg").redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output.lines()).containsExactly("NO_QR_CODE", "NO_QR_CODE", "NO_QR_CODE", "NO_QR_CODE");
    }

    @Test
    void onlyTheSignatureIsCorrupt() {
        assertCode(Arrays.copyOf(PngBuilder.SIGNATURE, 8), Code.CORRUPT_IMAGE);
        assertCode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Code.CORRUPT_IMAGE);
    }

    @Test
    void everyTruncationIsNotAnImageOrCorrupt() {
        byte[] written = QrPngWriter.write(QrEncoder.encode(TestImages.vietnamHc1()));
        for (byte[] image : new byte[][] {written, TestImages.vietnamJpeg(), TestImages.bytes(SEEDS[1]),
            TestImages.bytes(SEEDS[2])}) {
            int step = Math.max(1, image.length / 150);
            for (int length = 0; length < image.length - 1; length += step) {
                Code code = codeOf(Arrays.copyOf(image, length));
                assertThat(code).as("cut at %d of %d", length, image.length)
                        .isIn(Code.NOT_AN_IMAGE, Code.CORRUPT_IMAGE);
            }
        }
    }

    @Test
    void flippedBitsGiveTheTextOrAQrReadException() {
        Random random = new Random(20_211_209);
        for (String seed : SEEDS) {
            byte[] original = TestImages.bytes(seed);
            String text = readOrNull(original);
            for (int i = 0; i < 250; i++) {
                byte[] image = original.clone();
                int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    image[random.nextInt(image.length)] ^= (byte) (1 << random.nextInt(8));
                }
                assertTextOrQrReadException(image, text);
            }
        }
    }

    @Test
    void overwrittenRunsOfBytesGiveTheTextOrAQrReadException() {
        Random random = new Random(7);
        for (String seed : SEEDS) {
            byte[] original = TestImages.bytes(seed);
            String text = readOrNull(original);
            for (int i = 0; i < 100; i++) {
                byte[] image = original.clone();
                int start = random.nextInt(image.length);
                byte[] junk = new byte[Math.min(1 + random.nextInt(32), image.length - start)];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, image, start, junk.length);
                assertTextOrQrReadException(image, text);
            }
        }
    }

    @Test
    void randomBytesAfterAnImageSignatureEndInAQrReadException() {
        Random random = new Random(45);
        byte[][] signatures = {PngBuilder.SIGNATURE, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {}};
        for (byte[] signature : signatures) {
            for (int i = 0; i < 200; i++) {
                byte[] image = new byte[signature.length + random.nextInt(2048)];
                random.nextBytes(image);
                System.arraycopy(signature, 0, image, 0, signature.length);
                assertThat(codeOf(image)).isIn(EnumSet.allOf(Code.class).toArray());
            }
        }
    }

    /**
     * The reader turns any RuntimeException of a decoder into CORRUPT_IMAGE as a last net; the decoders must not
     * need it. Damage aimed at the headers, where segments and chunks are parsed.
     */
    @Test
    void theDecodersThemselvesThrowNothingButQrReadException() {
        Random random = new Random(99);
        String[] seeds = {SEEDS[0], SEEDS[1], "jpeg/colour-444-progressive-restart.jpg", "jpeg/colour-luma-subsampled.jpg",
            SEEDS[2], "png/gradient-rgba16-adam7.png", "png/qr-gray8-trns.png"};
        for (String seed : seeds) {
            byte[] original = TestImages.bytes(seed);
            for (int i = 0; i < 300; i++) {
                byte[] image = original.clone();
                for (int f = 1 + random.nextInt(4); f > 0; f--) {
                    image[random.nextInt(Math.min(image.length, 700))] ^= (byte) (1 << random.nextInt(8));
                }
                try {
                    if (ImageFormat.detect(image) == ImageFormat.PNG) {
                        PngDecoder.decode(image);
                    } else if (ImageFormat.detect(image) == ImageFormat.JPEG) {
                        JpegDecoder.decode(image);
                    }
                } catch (QrReadException expected) {
                    assertThat(expected.code()).isNotNull();
                }
            }
        }
    }

    private static void assertTextOrQrReadException(byte[] image, String text) {
        try {
            assertThat(QrReader.read(image)).isEqualTo(text);
        } catch (QrReadException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    private static String readOrNull(byte[] image) {
        try {
            return QrReader.read(image);
        } catch (QrReadException e) {
            throw new AssertionError("seed image does not read", e);
        }
    }

    private static void assertCode(byte[] image, Code code) {
        assertThatThrownBy(() -> QrReader.read(image)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(code);
    }

    private static Code codeOf(byte[] image) {
        try {
            QrReader.read(image);
            throw new AssertionError("read without error");
        } catch (QrReadException e) {
            return e.code();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pattern not found");
    }
}
