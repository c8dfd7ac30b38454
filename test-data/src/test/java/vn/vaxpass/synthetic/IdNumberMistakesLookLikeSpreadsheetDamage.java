package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberMistakesLookLikeSpreadsheetDamage {

    private final Provinces provinces = new Provinces();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"079123456789, 79123456789", "001089012345, 1089012345", "012345678, 12345678"})
    void aNumberColumnLosesTheLeadingZeros(String digits, String shown) {
        assertThat(IdNumberMistakes.lostLeadingZeros(digits)).isEqualTo(shown);
    }

    @Test
    void aNumberWithoutLeadingZeroHasNoneToLose() {
        assertThat(IdNumberMistakes.lostLeadingZeros("312345678")).isNull();
    }

    @Test
    void scientificNotationKeepsThreeToSixSignificantDigitsOfTheNumber() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String shown = IdNumberMistakes.scientificNotation("079123456789", random);
            assertThat(shown).matches("7\\.9\\d{0,4}E\\+10");
            assertThat(Double.parseDouble(shown)).isCloseTo(79_123_456_789.0, within(79_123_456_789.0 * 0.001));
        }
        assertThat(IdNumberMistakes.scientificNotation("001089012345", random)).matches("1\\.\\d{1,5}E\\+09");
        assertThat(IdNumberMistakes.scientificNotation("012345678", random)).as("9 digits fit a column").isNull();
    }

    @Test
    void groupsOfThreeBySpacesDotsOrDashes() {
        assertThat(IdNumberMistakes.grouped("001089012345", ' ')).isEqualTo("001 089 012 345");
        assertThat(IdNumberMistakes.grouped("001089012345", '.')).isEqualTo("001.089.012.345");
        assertThat(IdNumberMistakes.grouped("012345678", '-')).isEqualTo("012-345-678");
    }

    @Test
    void anUnknownProvincePrefixIsNoProvincesCode() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            String written = IdNumberMistakes.unknownProvincePrefix("079123456789", provinces, random);
            assertThat(written).endsWith("123456789").hasSize(12);
            assertThat(provinces.isKnownPrefix(Integer.parseInt(written.substring(0, 3)))).isFalse();
        }
    }

    @Test
    void theLetterOReplacesZerosOnly() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            String written = IdNumberMistakes.letterOForZero("079100456789", random);
            assertThat(written.replace('O', '0')).isEqualTo("079100456789");
            assertThat(written).contains("O");
        }
    }
}
