package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PngHeaderAcceptsOnlyTheSpecifiedFormats {

    @ParameterizedTest(name = "colour type {1}, depth {0}")
    @CsvSource({"1,0", "2,0", "4,0", "8,0", "16,0", "8,2", "16,2", "1,3", "2,3", "4,3", "8,3", "8,4", "16,4", "8,6",
        "16,6"})
    void acceptsTheCombinationsOfTable11_1(int bitDepth, int colourType) throws QrReadException {
        PngHeader header = PngHeader.parse(ihdr(3, 2, bitDepth, colourType, 0, 0, 0), 0);

        assertThat(header.bitsPerPixel()).isEqualTo(header.channels() * bitDepth);
    }

    @ParameterizedTest(name = "colour type {1}, depth {0}")
    @CsvSource({"3,0", "16,3", "1,2", "4,4", "2,6", "8,1", "8,5", "8,7", "0,0", "32,0"})
    void refusesOtherColourTypesAndDepths(int bitDepth, int colourType) {
        assertCorrupt(ihdr(3, 2, bitDepth, colourType, 0, 0, 0));
    }

    @ParameterizedTest(name = "compression {0}, filter method {1}, interlace {2}")
    @CsvSource({"1,0,0", "0,1,0", "0,0,2"})
    void refusesUnknownMethods(int compression, int filterMethod, int interlace) {
        assertCorrupt(ihdr(3, 2, 8, 0, compression, filterMethod, interlace));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"0,1", "1,0", "-1,1", "1,-2147483648"})
    void refusesEmptyOrNegativeSizes(int width, int height) {
        assertCorrupt(ihdr(width, height, 8, 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100000,100000", "16777217,1", "4097,4096", "2147483647,2147483647"})
    void refusesMoreThanSixteenMegapixels(int width, int height) {
        assertThatThrownBy(() -> PngHeader.parse(ihdr(width, height, 8, 0, 0, 0, 0), 0))
                .isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.IMAGE_TOO_LARGE);
    }

    private static void assertCorrupt(byte[] ihdr) {
        assertThatThrownBy(() -> PngHeader.parse(ihdr, 0)).isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }

    private static byte[] ihdr(int width, int height, int bitDepth, int colourType, int compression, int filter,
            int interlace) {
        return new byte[] {
            (byte) (width >>> 24), (byte) (width >>> 16), (byte) (width >>> 8), (byte) width,
            (byte) (height >>> 24), (byte) (height >>> 16), (byte) (height >>> 8), (byte) height,
            (byte) bitDepth, (byte) colourType, (byte) compression, (byte) filter, (byte) interlace
        };
    }
}
