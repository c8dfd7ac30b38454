package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OneTimeCodeHasSixDigits {

    @Test
    void generatesSixDecimalDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = OneTimeCode.generate();
            assertThat(code).matches("[0-9]{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void padsSmallValuesWithZeros() {
        assertThat(OneTimeCode.format(4271)).isEqualTo("004271");
        assertThat(OneTimeCode.format(0)).isEqualTo("000000");
    }

    @Test
    void tellsWhatHasTheShapeOfACode() {
        assertThat(OneTimeCode.isWellFormed("004271")).isTrue();
        assertThat(OneTimeCode.isWellFormed("4271")).isFalse();
        assertThat(OneTimeCode.isWellFormed("0042710")).isFalse();
        assertThat(OneTimeCode.isWellFormed("00427a")).isFalse();
        assertThat(OneTimeCode.isWellFormed(null)).isFalse();
    }
}
