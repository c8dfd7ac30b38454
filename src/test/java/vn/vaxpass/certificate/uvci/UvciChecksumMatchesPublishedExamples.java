package vn.vaxpass.certificate.uvci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UvciChecksumMatchesPublishedExamples {

    /** DCC schema FAQ, "UVCI checksum" / "Example"; also dgc-java's UVCIChecksumCalculatorTest.testAgaistWiki. */
    static final String FAQ_EXAMPLE = "URN:UVCI:01:NL:187/37512422923#Z";

    @Test
    void theFaqExampleEndsInZ() {
        assertThat(UvciChecksum.compute("URN:UVCI:01:NL:187/37512422923")).isEqualTo('Z');
        assertThat(UvciChecksum.verify(FAQ_EXAMPLE)).isTrue();
    }

    /** eu-dcc-schema issue #63 (martin-lindstrom): "01LUX/18737512422923 -> E if you don't use [#]". */
    @Test
    void theIssue63ExampleWithoutHashInTheAlphabetEndsInE() {
        assertThat(UvciChecksum.compute("01LUX/18737512422923")).isEqualTo('E');
    }

    /**
     * The FAQ's "Luhn-Mod-N charset" and its reference implementation's {@code _CODE_POINTS}: letters, digits,
     * {@code /}, {@code :}. With digits first (0-9A-Z/:) the FAQ example would end in K, not Z.
     */
    @Test
    void codePointsAreLettersThenDigitsThenSeparators() {
        assertThat(UvciChecksum.CODE_POINTS).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:");
        assertThat(UvciChecksum.N).isEqualTo(38);
        assertThat(UvciChecksum.CODE_POINTS.chars().distinct().count()).isEqualTo(38);
        assertThat(UvciChecksum.isCodePoint(Uvci.CHECKSUM_DELIMITER)).isFalse();
    }

    /** Worked by hand: the rightmost character is doubled and the base-38 digits of the product summed. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "A A",   // 2*0 = 0; (38 - 0) mod 38 = 0 -> A
            "B /",   // 2*1 = 2; 38 - 2 = 36 -> '/'
            "0 X",   // '0' is 26: 2*26 = 52 = 1*38 + 14, digits 1 + 14 = 15; 38 - 15 = 23 -> X
            ": B",   // ':' is 37: 2*37 = 74 = 1*38 + 36, digits 1 + 36 = 37; 38 - 37 = 1 -> B
            "Z0 /",  // '0' doubled gives 15 as above, 'Z' (25) taken once: 40 mod 38 = 2; 38 - 2 = 36 -> '/'
    })
    void smallInputsGiveTheHandWorkedCheckCharacter(String text, char expected) {
        assertThat(UvciChecksum.compute(text)).isEqualTo(expected);
    }

    @Test
    void refusesCharactersWithoutCodePoint() {
        assertThatThrownBy(() -> UvciChecksum.compute("URN:UVCI:01:VN:abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' at 15");
        assertThatThrownBy(() -> UvciChecksum.compute("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(UvciChecksum.verify("URN:UVCI:01:VN:AB C#A")).isFalse();
        assertThat(UvciChecksum.verify("URN:UVCI:01:NL:187/37512422923")).isFalse();
    }
}
