package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.qrcode.decoder.Decoder;

class QrEncoderEncodesAtLevelQInAlphanumericMode {

    /** Mode indicator of alphanumeric mode, the first 4 bits of the data (ISO/IEC 18004:2015 table 2). */
    private static final int ALPHANUMERIC_MODE_INDICATOR = 0b0010;

    @Test
    void theModulesDecodeToTheTextAtLevelQInAlphanumericMode() throws Exception {
        String text = TestImages.vietnamHc1();

        DecoderResult decoded = decodeModules(QrEncoder.encode(text));

        assertThat(decoded.getText()).isEqualTo(text);
        assertThat(decoded.getECLevel()).isEqualTo("Q");
        assertThat((decoded.getRawBytes()[0] & 0xFF) >>> 4).isEqualTo(ALPHANUMERIC_MODE_INDICATOR);
    }

    @Test
    void theSymbolIsAsLargeAsItsVersionSays() {
        QrSymbol symbol = QrEncoder.encode(TestImages.vietnamHc1());

        assertThat(symbol.version()).isBetween(1, 40);
        assertThat(symbol.size()).isEqualTo(17 + 4 * symbol.version());
    }

    @Test
    void theThreeFinderPatternsAreInTheirCorners() {
        QrSymbol symbol = QrEncoder.encode("HC1:ABC");
        int far = symbol.size() - 7;

        for (int[] corner : new int[][] {{0, 0}, {far, 0}, {0, far}}) {
            for (int i = 0; i < 7; i++) {
                assertThat(symbol.isDark(corner[0] + i, corner[1])).as("top edge").isTrue();
                assertThat(symbol.isDark(corner[0], corner[1] + i)).as("left edge").isTrue();
            }
            assertThat(symbol.isDark(corner[0] + 1, corner[1] + 1)).as("light ring").isFalse();
            assertThat(symbol.isDark(corner[0] + 3, corner[1] + 3)).as("centre").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hc1:lowercase", "HC1:ĐẶNG", "HC1:A_B", "HC1:A\nB", ""})
    void refusesTextOutsideTheAlphanumericSet(String text) {
        assertThatThrownBy(() -> QrEncoder.encode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextTooLongForVersion40AtLevelQ() {
        String text = "A".repeat(2421);

        assertThatThrownBy(() -> QrEncoder.encode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modulesOutsideTheSymbolAreOutOfBounds() {
        QrSymbol symbol = QrEncoder.encode("HC1:ABC");

        assertThatThrownBy(() -> symbol.isDark(symbol.size(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> symbol.isDark(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** Decodes the module matrix itself, without rendering or detection in between. */
    static DecoderResult decodeModules(QrSymbol symbol) throws Exception {
        BitMatrix bits = new BitMatrix(symbol.size());
        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                if (symbol.isDark(x, y)) {
                    bits.set(x, y);
                }
            }
        }
        return new Decoder().decode(bits);
    }
}
