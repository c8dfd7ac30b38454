package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderReadsVietnameseAndLetterCodes {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"M", "m", "Nam", "nam", "NAM", "nAm", " Nam ", "\u00A0Nam\t", " M "})
    void maleSpellings(String text) {
        assertThat(Gender.parse(text).value()).contains(Gender.MALE);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"F", "f", "Nữ", "nữ", "NỮ", "nỮ", " Nữ ", "Nu", "nu", "NU", "Nư", "Nũ", "NƯ", "\u00A0Nữ"})
    void femaleSpellings(String text) {
        assertThat(Gender.parse(text).value()).contains(Gender.FEMALE);
    }

    @Test
    void decomposedNuIsFemale() {
        String nfd = Normalizer.normalize("Nữ", Normalizer.Form.NFD);

        assertThat(nfd).isNotEqualTo("Nữ");
        assertThat(Gender.parse(nfd).value()).contains(Gender.FEMALE);
        assertThat(Gender.parse(nfd.toUpperCase()).value()).contains(Gender.FEMALE);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\u00A0\t"})
    void blankIsMissing(String text) {
        assertThat(Gender.parse(text).error()).contains(GenderError.MISSING);
        assertThat(Gender.parse(text).value()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Male", "Female", "0", "1", "2", "Khác", "X", "N", "Nam/Nữ", "Nữa", "Nam giới", "Nữ giới",
        "MF", "Mr", "Bà", "Ông"})
    void everythingElseIsUnrecognised(String text) {
        assertThat(Gender.parse(text).error()).contains(GenderError.UNRECOGNISED);
        assertThat(Gender.parse(text).isValid()).isFalse();
    }

    @Test
    void readingsAreSharedValues() {
        assertThat(Gender.parse("Nam")).isSameAs(Gender.parse("M")).hasToString("valid MALE");
        assertThat(Gender.parse("Nữ")).isEqualTo(Gender.parse("F"));
        assertThat(Gender.parse("?")).isNotEqualTo(Gender.parse(""));
    }
}
