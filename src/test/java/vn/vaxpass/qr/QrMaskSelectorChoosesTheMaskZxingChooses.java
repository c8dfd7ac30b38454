package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/** Each symbol must be exactly the one ZXing's own mask selection gives, or the shortcut is not safe. */
class QrMaskSelectorChoosesTheMaskZxingChooses {

    /** Alphanumeric capacity of version 40 at level Q (ISO/IEC 18004:2015 table 7). */
    private static final int MAX_LENGTH_AT_Q = 2420;

    @Test
    void sameMaskAndModulesAsZxingForTextsOfEveryVersion() throws Exception {
        Random random = new Random(42);
        int[] versionsSeen = new int[41];
        for (int trial = 0; trial < 240; trial++) {
            int length = trial < 40 ? lengthForVersion(trial + 1) : 1 + random.nextInt(MAX_LENGTH_AT_Q);
            String text = randomAlphanumeric(random, length);

            QRCode zxing = Encoder.encode(text, ErrorCorrectionLevel.Q);
            QRCode maskZero = Encoder.encode(text, ErrorCorrectionLevel.Q, maskZeroHint());
            QrMaskSelector.Masked ours = QrMaskSelector.choose(maskZero.getMatrix(), maskZero.getVersion(),
                    ErrorCorrectionLevel.Q);

            assertThat(ours.mask()).as("mask for %d characters", length).isEqualTo(zxing.getMaskPattern());
            assertThat(ours.modules()).as("modules for %d characters", length).isEqualTo(flatten(zxing.getMatrix()));
            versionsSeen[zxing.getVersion().getVersionNumber()]++;
        }
        for (int version = 1; version <= 40; version++) {
            assertThat(versionsSeen[version]).as("version %d covered", version).isPositive();
        }
    }

    @Test
    void theEncoderGivesZxingsSymbolForTheVietnameseCertificate() throws Exception {
        String text = TestImages.vietnamHc1();
        QrSymbol symbol = QrEncoder.encode(text);
        ByteMatrix expected = Encoder.encode(text, ErrorCorrectionLevel.Q).getMatrix();

        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                assertThat(symbol.isDark(x, y)).as("module %d,%d", x, y).isEqualTo(expected.get(x, y) == 1);
            }
        }
    }

    @Test
    void everyMaskConditionMatchesTable10AtTheOrigin() {
        for (int mask = 0; mask < QrMaskLayout.MASK_PATTERNS; mask++) {
            assertThat(QrMaskLayout.maskBit(mask, 0, 0)).as("mask %d", mask).isTrue();
        }
        assertThat(QrMaskLayout.maskBit(2, 1, 0)).isFalse();
        assertThat(QrMaskLayout.maskBit(4, 3, 0)).isFalse();
    }

    /** A length that needs exactly the given version: one more character than the previous version holds. */
    private static int lengthForVersion(int version) throws Exception {
        int low = 1;
        int high = MAX_LENGTH_AT_Q;
        while (low < high) {
            int mid = (low + high) / 2;
            if (Encoder.encode("A".repeat(mid), ErrorCorrectionLevel.Q).getVersion().getVersionNumber() >= version) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static Map<EncodeHintType, Object> maskZeroHint() {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
        return hints;
    }

    private static String randomAlphanumeric(Random random, int length) {
        StringBuilder text = new StringBuilder("HC1:");
        while (text.length() < length) {
            text.append(QrEncoder.ALPHANUMERIC_ALPHABET.charAt(random.nextInt(QrEncoder.ALPHANUMERIC_ALPHABET.length())));
        }
        return text.substring(0, length);
    }

    private static byte[] flatten(ByteMatrix matrix) {
        int n = matrix.getWidth();
        byte[] flat = new byte[n * n];
        for (int y = 0; y < n; y++) {
            System.arraycopy(matrix.getArray()[y], 0, flat, y * n, n);
        }
        return flat;
    }
}
