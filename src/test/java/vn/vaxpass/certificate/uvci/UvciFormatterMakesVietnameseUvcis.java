package vn.vaxpass.certificate.uvci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UvciFormatterMakesVietnameseUvcis {

    private static String hexIdentifier() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    }

    @Test
    void theIssueFormWithChecksum() {
        String identifier = hexIdentifier();

        Uvci uvci = new UvciFormatter(true).format(identifier);

        assertThat(uvci.value())
                .matches("URN:UVCI:01:VN:[0-9A-F]{32}#[A-Z0-9/:]")
                .startsWith("URN:UVCI:01:VN:" + identifier)
                .hasSize(49);
        assertThat(UvciChecksum.verify(uvci.value())).isTrue();
        assertThat(new UvciParser(true).parse(uvci.value()).uvci()).contains(uvci);
    }

    @Test
    void theIssueFormWithoutChecksum() {
        String identifier = hexIdentifier();

        Uvci uvci = new UvciFormatter(false).format(identifier);

        assertThat(uvci.value()).isEqualTo("URN:UVCI:01:VN:" + identifier).hasSize(47);
        assertThat(uvci.checkCharacter()).isEmpty();
    }

    @Test
    void reproducesTheFaqExampleForTheNetherlands() {
        assertThat(new UvciFormatter("NL", true).format("187/37512422923").value())
                .isEqualTo(UvciChecksumMatchesPublishedExamples.FAQ_EXAMPLE);
    }

    @Test
    void theLongestIdentifierFillsEightyCharacters() {
        assertThat(new UvciFormatter(true).format("A".repeat(63)).value()).hasSize(80);
        assertThat(new UvciFormatter(false).format("A".repeat(65)).value()).hasSize(80);
    }

    @ParameterizedTest(name = "{0} (checksum {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "''                                          | true  | EMPTY_IDENTIFIER",
            "0123456789abcdef0123456789abcdef            | true  | INVALID_CHARACTER",
            "ABC#D                                       | false | INVALID_CHARACTER",
            "ABC-D                                       | true  | INVALID_CHARACTER",
            "/ABC                                        | true  | MALFORMED_IDENTIFIER",
            "AB//C                                       | false | MALFORMED_IDENTIFIER",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA   | true  | TOO_LONG",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | false | TOO_LONG",
    })
    void refusesAnIdentifierThatWouldMakeAnInvalidUvci(String identifier, boolean withChecksum, UvciError expected) {
        assertThatThrownBy(() -> new UvciFormatter(withChecksum).format(identifier))
                .isInstanceOfSatisfying(InvalidUvciException.class, e -> assertThat(e.error()).isEqualTo(expected));
    }

    @Test
    void refusesACountryThatIsNotAlpha2() {
        assertThatThrownBy(() -> new UvciFormatter("VNM", true))
                .isInstanceOfSatisfying(InvalidUvciException.class,
                        e -> assertThat(e.error()).isEqualTo(UvciError.INVALID_COUNTRY));
    }
}
