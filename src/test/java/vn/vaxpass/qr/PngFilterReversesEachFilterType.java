package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PngFilterReversesEachFilterType {

    @ParameterizedTest(name = "filter {0}, {1} bytes per pixel")
    @CsvSource({"0,1", "1,1", "2,1", "3,1", "4,1", "1,3", "3,3", "4,3", "1,8", "3,8", "4,8", "4,2"})
    void unfilteringUndoesTheFilterOfPngSection9(int type, int bytesPerPixel) throws QrReadException {
        Random random = new Random(type * 31L + bytesPerPixel);
        byte[] previous = new byte[48];
        byte[] raw = new byte[48];
        random.nextBytes(previous);
        random.nextBytes(raw);
        byte[] row = filter(type, raw, previous, bytesPerPixel);

        PngFilter.unfilter(type, row, previous, bytesPerPixel);

        assertThat(row).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 255})
    void anUnknownFilterTypeIsCorrupt(int type) {
        assertThatThrownBy(() -> PngFilter.unfilter(type, new byte[4], new byte[4], 1))
                .isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }

    /** The encoder's side, straight from the definitions of PNG §9.2. */
    private static byte[] filter(int type, byte[] raw, byte[] previous, int bpp) {
        byte[] out = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int x = raw[i] & 0xFF;
            int a = i >= bpp ? raw[i - bpp] & 0xFF : 0;
            int b = previous[i] & 0xFF;
            int c = i >= bpp ? previous[i - bpp] & 0xFF : 0;
            int predictor;
            switch (type) {
                case 1:
                    predictor = a;
                    break;
                case 2:
                    predictor = b;
                    break;
                case 3:
                    predictor = (a + b) / 2;
                    break;
                case 4:
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    break;
                default:
                    predictor = 0;
            }
            out[i] = (byte) (x - predictor);
        }
        return out;
    }
}
