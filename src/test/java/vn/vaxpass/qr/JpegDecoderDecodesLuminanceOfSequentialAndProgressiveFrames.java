package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixtures under jpeg/ were written by libjpeg-turbo's cjpeg from one 45x37 colour picture (sizes that are
 * no multiple of 8 or 16); each PGM beside them is {@code djpeg -grayscale} of the same file, the reference.
 */
class JpegDecoderDecodesLuminanceOfSequentialAndProgressiveFrames {

    /** djpeg's integer IDCT and this decoder's exact one may round a sample differently; not by more. */
    private static final int IDCT_ROUNDING = 1;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "colour-444", "colour-422", "colour-420", "colour-440", "colour-411", "colour-420-optimised-restart",
        "colour-420-progressive", "colour-444-progressive-restart", "colour-extended-sof1", "gray-baseline",
        "gray-progressive", "colour-luma-subsampled"
    })
    void decodesTheLuminanceDjpegDecodes(String name) throws QrReadException {
        GrayImage image = JpegDecoder.decode(TestImages.bytes("jpeg/" + name + ".jpg"));

        assertThat(TestImages.largestDifference(image, TestImages.pgm("jpeg/" + name + ".pgm")))
                .isLessThanOrEqualTo(IDCT_ROUNDING);
    }

    @Test
    void arithmeticCodingIsUnsupported() {
        assertCode(TestImages.bytes("jpeg/colour-arithmetic.jpg"), QrReadException.Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void rgbWithoutLuminanceIsUnsupported() {
        assertCode(TestImages.bytes("jpeg/colour-rgb.jpg"), QrReadException.Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void twelveBitPrecisionIsUnsupported() {
        byte[] jpeg = TestImages.bytes("jpeg/colour-extended-sof1.jpg");
        jpeg[frameHeader(jpeg) + 4] = 12;

        assertCode(jpeg, QrReadException.Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void heightLeftToADnlMarkerIsUnsupported() {
        byte[] jpeg = TestImages.bytes("jpeg/colour-420.jpg");
        int sof = frameHeader(jpeg);
        jpeg[sof + 5] = 0;
        jpeg[sof + 6] = 0;

        assertCode(jpeg, QrReadException.Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void aFrameOverSixteenMegapixelsIsRefusedBeforeDecoding() {
        byte[] jpeg = TestImages.bytes("jpeg/colour-420.jpg");
        int sof = frameHeader(jpeg);
        for (int i = 5; i <= 8; i++) {
            jpeg[sof + i] = (byte) 0xFF;
        }

        assertCode(jpeg, QrReadException.Code.IMAGE_TOO_LARGE);
    }

    @Test
    void aFileCutInsideTheScanIsCorrupt() {
        byte[] jpeg = TestImages.bytes("jpeg/colour-420.jpg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length - 40);

        assertCode(cut, QrReadException.Code.CORRUPT_IMAGE);
    }

    @Test
    void aFileWithoutScanIsCorrupt() {
        byte[] jpeg = TestImages.bytes("jpeg/colour-420.jpg");
        int sos = marker(jpeg, 0xDA);
        byte[] headersOnly = java.util.Arrays.copyOf(jpeg, sos + 2);
        headersOnly[sos] = (byte) 0xFF;
        headersOnly[sos + 1] = (byte) 0xD9;

        assertCode(headersOnly, QrReadException.Code.CORRUPT_IMAGE);
    }

    private static void assertCode(byte[] jpeg, QrReadException.Code code) {
        assertThatThrownBy(() -> JpegDecoder.decode(jpeg)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(code);
    }

    private static int frameHeader(byte[] jpeg) {
        for (int m = 0xC0; m <= 0xC2; m++) {
            int at = marker(jpeg, m);
            if (at >= 0) {
                return at;
            }
        }
        throw new IllegalArgumentException("no SOF0-2");
    }

    /** Where the first segment with this marker starts (its 0xFF), walking the segments from SOI. */
    private static int marker(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 3 < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int m = jpeg[pos + 1] & 0xFF;
            if (m == marker) {
                return pos;
            }
            if (m == 0xDA) {
                return -1;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        return -1;
    }
}
