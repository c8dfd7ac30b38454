package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures under png/ were written by ImageMagick 6.9 from two sources, a 37x29 gray picture and a 99x99 QR
 * code, whose 8-bit gray PGMs are the expected luminance. Gray held in colour channels has luma equal to the gray.
 */
class PngDecoderDecodesEveryColourTypeDepthAndInterlace {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // file, reference, bit depth, colour type, interlace
                Arguments.of("gradient-gray8-filter0.png", "gradient.pgm", 8, 0, 0),
                Arguments.of("gradient-gray8-filter1.png", "gradient.pgm", 8, 0, 0),
                Arguments.of("gradient-gray8-filter2.png", "gradient.pgm", 8, 0, 0),
                Arguments.of("gradient-gray8-filter3.png", "gradient.pgm", 8, 0, 0),
                Arguments.of("gradient-gray8-filter4.png", "gradient.pgm", 8, 0, 0),
                Arguments.of("gradient-gray8-adam7.png", "gradient.pgm", 8, 0, 1),
                Arguments.of("gradient-gray16.png", "gradient.pgm", 16, 0, 0),
                Arguments.of("gradient-gray16-adam7.png", "gradient.pgm", 16, 0, 1),
                Arguments.of("gradient-rgb8-filter1.png", "gradient.pgm", 8, 2, 0),
                Arguments.of("gradient-rgb8-filter4.png", "gradient.pgm", 8, 2, 0),
                Arguments.of("gradient-rgb8-adam7.png", "gradient.pgm", 8, 2, 1),
                Arguments.of("gradient-rgb16-filter3.png", "gradient.pgm", 16, 2, 0),
                // ImageMagick quantised these palettes, so their reference is its own reading of them
                Arguments.of("gradient-palette8.png", "gradient-palette.pgm", 8, 3, 0),
                Arguments.of("gradient-palette8-adam7.png", "gradient-palette.pgm", 8, 3, 1),
                Arguments.of("gradient-graya8.png", "gradient.pgm", 8, 4, 0),
                Arguments.of("gradient-graya16-adam7.png", "gradient.pgm", 16, 4, 1),
                Arguments.of("gradient-rgba8-filter3.png", "gradient.pgm", 8, 6, 0),
                Arguments.of("gradient-rgba16-adam7.png", "gradient.pgm", 16, 6, 1),
                Arguments.of("qr-gray1.png", "qr.pgm", 1, 0, 0),
                Arguments.of("qr-gray1-adam7.png", "qr.pgm", 1, 0, 1),
                Arguments.of("qr-gray2.png", "qr.pgm", 2, 0, 0),
                Arguments.of("qr-gray4-adam7.png", "qr.pgm", 4, 0, 1),
                Arguments.of("qr-palette1.png", "qr.pgm", 1, 3, 0),
                Arguments.of("qr-palette2-adam7.png", "qr.pgm", 2, 3, 1),
                Arguments.of("qr-palette4.png", "qr.pgm", 4, 3, 0),
                // white made transparent, with black under it in the colour channels where the format has them
                Arguments.of("qr-rgba8-transparent.png", "qr.pgm", 8, 6, 0),
                Arguments.of("qr-graya8-transparent.png", "qr.pgm", 8, 4, 0),
                Arguments.of("qr-palette8-trns.png", "qr.pgm", 8, 3, 0),
                Arguments.of("qr-gray8-trns.png", "qr.pgm", 8, 0, 0),
                Arguments.of("qr-rgb8-trns.png", "qr.pgm", 8, 2, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesToTheReferenceLuminanceExactly(String file, String reference, int bitDepth, int colourType,
            int interlace) throws QrReadException {
        byte[] png = TestImages.bytes("png/" + file);
        assertThat(new int[] {png[24], png[25], png[28]}).as("IHDR of the fixture")
                .containsExactly(bitDepth, colourType, interlace);

        GrayImage image = PngDecoder.decode(png);

        assertThat(TestImages.largestDifference(image, TestImages.pgm("png/" + reference))).isZero();
    }

    @Test
    void transparentPixelsOverBlackColourComeOutWhite() throws QrReadException {
        GrayImage image = PngDecoder.decode(TestImages.bytes("png/qr-rgba8-transparent.png"));

        assertThat(image.at(0, 0)).as("quiet zone, transparent black").isEqualTo(255);
    }

    @Test
    void imageDataSplitOverManyIdatChunksDecodesTheSame() throws QrReadException {
        int width = 13;
        int height = 7;
        byte[] scanlines = new byte[height * (1 + width)];
        for (int y = 0; y < height; y++) {
            scanlines[y * (1 + width)] = (byte) (y % 5);
            for (int x = 0; x < width; x++) {
                scanlines[y * (1 + width) + 1 + x] = (byte) (x * 19 + y * 7);
            }
        }
        byte[] oneChunk = PngBuilder.png().header(width, height, 8, 0, 0).imageData(scanlines, 1).end().build();
        byte[] manyChunks = PngBuilder.png().header(width, height, 8, 0, 0).imageData(scanlines, 9).end().build();

        assertThat(TestImages.largestDifference(PngDecoder.decode(manyChunks), PngDecoder.decode(oneChunk))).isZero();
    }

    @Test
    void ancillaryChunksBeforeAndAfterTheImageDataAreSkipped() throws QrReadException {
        byte[] scanlines = {0, 0, (byte) 255, 0, (byte) 128, 64};
        byte[] png = PngBuilder.png().header(2, 2, 8, 0, 0)
                .chunk("tEXt", "Comment\0made by a test".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .imageData(scanlines, 1)
                .chunk("zzZz", new byte[] {1, 2, 3})
                .end().build();

        assertThat(PngDecoder.decode(png).luminance()).containsExactly(0, 255, (byte) 128, 64);
    }

    @Test
    void anUnknownCriticalChunkIsUnsupported() {
        byte[] png = PngBuilder.png().header(1, 1, 8, 0, 0).chunk("ZZZZ", new byte[0])
                .imageData(new byte[] {0, 0}, 1).end().build();

        assertThatThrownBy(() -> PngDecoder.decode(png)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.UNSUPPORTED_IMAGE);
    }

    @Test
    void indexedColourWithoutPaletteIsCorrupt() {
        byte[] png = PngBuilder.png().header(1, 1, 8, 3, 0).imageData(new byte[] {0, 0}, 1).end().build();

        assertThatThrownBy(() -> PngDecoder.decode(png)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }

    @Test
    void imageDataShorterThanTheHeaderSaysIsCorrupt() {
        byte[] png = PngBuilder.png().header(4, 4, 8, 0, 0).imageData(new byte[] {0, 1, 2, 3, 4}, 1).end().build();

        assertThatThrownBy(() -> PngDecoder.decode(png)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }

    @Test
    void anImageWithoutIendIsCorrupt() {
        byte[] png = PngBuilder.png().header(1, 1, 8, 0, 0).imageData(new byte[] {0, 0}, 1).build();

        assertThatThrownBy(() -> PngDecoder.decode(png)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }
}
