package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccentedLatinLettersCoverEveryVietnameseLetter {

    @Test
    void everyIndexMapsBackToItsCodePoint() {
        assertThat(AccentedLatinLetters.codePointAt(0)).isEqualTo(0x00C0);
        assertThat(AccentedLatinLetters.codePointAt(AccentedLatinLetters.COUNT - 1)).isEqualTo(0x1EFF);
        for (int i = 0; i < AccentedLatinLetters.COUNT; i++) {
            assertThat(AccentedLatinLetters.indexOf(AccentedLatinLetters.codePointAt(i))).isEqualTo(i);
        }
    }

    @Test
    void everyPrecomposedVietnameseLetterIsCovered() {
        String vietnamese = Normalizer.normalize(
                "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ", Normalizer.Form.NFC);

        assertThat(vietnamese.codePoints()).allSatisfy(letter -> assertThat(AccentedLatinLetters.indexOf(letter))
                .isBetween(0, AccentedLatinLetters.COUNT - 1));
        assertThat(vietnamese.toLowerCase().codePoints()).allSatisfy(letter -> assertThat(
                AccentedLatinLetters.indexOf(letter)).isBetween(0, AccentedLatinLetters.COUNT - 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {'A', 'z', 0x00BF, 0x0250, 0x0301, 0x0416, 0x1DFF, 0x1F00})
    void otherCodePointsAreNotCovered(int codePoint) {
        assertThat(AccentedLatinLetters.indexOf(codePoint)).isEqualTo(-1);
    }
}
