package vn.vaxpass.certificate.uvci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UvciParserTellsWhyAStringIsNotAUvci {

    private final UvciParser checksumOptional = new UvciParser(false);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                   | EMPTY",
            "urn:uvci:01:vn:abc                   | INVALID_CHARACTER",
            "URN:UVCI:01:VN:ABC-123               | INVALID_CHARACTER",
            "URN:UVCI:01:VN:ABC_123               | INVALID_CHARACTER",
            "'URN:UVCI:01:VN:ABC 123'             | INVALID_CHARACTER",
            "URN:UVCI:01:VN:ĐẶNG                  | INVALID_CHARACTER",
            "URN:UVCI:01:VN:ABC.1                 | INVALID_CHARACTER",
            "UVCI:01:VN:ABC                       | MISSING_PREFIX",
            "URN:UVCI01:VN:ABC                    | MISSING_PREFIX",
            "01:VN:ABC                            | MISSING_PREFIX",
            "URN:UVCI:01:VN:ABC#                  | MALFORMED_CHECKSUM",
            "URN:UVCI:01:VN:ABC#DE                | MALFORMED_CHECKSUM",
            "URN:UVCI:01:VN:ABC##                 | MALFORMED_CHECKSUM",
            "URN:UVCI:01:VN:A#C#D                 | MALFORMED_CHECKSUM",
            "URN:UVCI:02:VN:ABC                   | UNSUPPORTED_VERSION",
            "URN:UVCI:1:VN:ABC                    | UNSUPPORTED_VERSION",
            "URN:UVCI:001:VN:ABC                  | UNSUPPORTED_VERSION",
            "URN:UVCI::VN:ABC                     | UNSUPPORTED_VERSION",
            "URN:UVCI:                            | UNSUPPORTED_VERSION",
            "URN:UVCI:01                          | INVALID_COUNTRY",
            "URN:UVCI:01:VNM:ABC                  | INVALID_COUNTRY",
            "URN:UVCI:01:V:ABC                    | INVALID_COUNTRY",
            "URN:UVCI:01:V1:ABC                   | INVALID_COUNTRY",
            "URN:UVCI:01::ABC                     | INVALID_COUNTRY",
            "URN:UVCI:01:VN                       | EMPTY_IDENTIFIER",
            "URN:UVCI:01:VN:                      | EMPTY_IDENTIFIER",
            "URN:UVCI:01:VN:#A                    | EMPTY_IDENTIFIER",
            "URN:UVCI:01:VN:/ABC                  | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN:ABC/                  | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN::ABC                  | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN:ABC:                  | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN:AB//C                 | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN:AB:/C                 | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:VN:/                     | MALFORMED_IDENTIFIER",
            "URN:UVCI:01:NL:187/37512422923#K     | CHECKSUM_MISMATCH",
            "URN:UVCI:01:NL:187/37512422923#A     | CHECKSUM_MISMATCH",
            "URN:UVCI:01:NL:187/37512422932#Z     | CHECKSUM_MISMATCH",
    })
    void eachBrokenRuleHasItsOwnCode(String candidate, UvciError expected) {
        UvciParseResult result = checksumOptional.parse(candidate);

        assertThat(result.isValid()).as(result.toString()).isFalse();
        assertThat(result.error()).contains(expected);
        assertThat(result.uvci()).isEmpty();
        assertThat(result.detail()).isNotBlank();
    }

    @Test
    void nullIsEmpty() {
        assertThat(checksumOptional.parse(null).error()).contains(UvciError.EMPTY);
    }

    @Test
    void longerThanTheSchemaAllowsIsTooLong() {
        String eightyOne = "URN:UVCI:01:VN:" + "A".repeat(Uvci.MAX_LENGTH + 1 - 15);

        assertThat(eightyOne).hasSize(81);
        assertThat(checksumOptional.parse(eightyOne).error()).contains(UvciError.TOO_LONG);
    }

    @Test
    void aMissingChecksumIsAnErrorOnlyWhereRequired() {
        String withoutChecksum = "URN:UVCI:01:NL:187/37512422923";

        assertThat(checksumOptional.parse(withoutChecksum).isValid()).isTrue();
        assertThat(new UvciParser(true).parse(withoutChecksum).error()).contains(UvciError.MISSING_CHECKSUM);
    }

    @Test
    void theDetailSaysWhereAndWhat() {
        assertThat(checksumOptional.parse("URN:UVCI:01:VN:AB c").detail()).isEqualTo("U+0020 at 17");
        assertThat(checksumOptional.parse("URN:UVCI:01:NL:187/37512422923#K").detail())
                .isEqualTo("check character 'K', expected 'Z'");
    }

    @Test
    void orElseThrowCarriesTheCode() {
        assertThatThrownBy(() -> checksumOptional.parse("URN:UVCI:02:VN:ABC").orElseThrow())
                .isInstanceOfSatisfying(InvalidUvciException.class,
                        e -> assertThat(e.error()).isEqualTo(UvciError.UNSUPPORTED_VERSION))
                .hasMessageStartingWith("UNSUPPORTED_VERSION: ");
    }
}
