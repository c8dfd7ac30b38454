package vn.vaxpass.certificate.uvci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UvciParserReadsWellFormedUvcis {

    @Test
    void readsTheFieldsOfTheFaqExample() {
        Uvci uvci = new UvciParser(true).parse(UvciChecksumMatchesPublishedExamples.FAQ_EXAMPLE).orElseThrow();

        assertThat(uvci.version()).isEqualTo("01");
        assertThat(uvci.country()).isEqualTo("NL");
        assertThat(uvci.identifier()).isEqualTo("187/37512422923");
        assertThat(uvci.checkCharacter()).contains('Z');
        assertThat(uvci.withoutChecksum()).isEqualTo("URN:UVCI:01:NL:187/37512422923");
        assertThat(uvci.value()).isEqualTo(UvciChecksumMatchesPublishedExamples.FAQ_EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF",
            "URN:UVCI:01:VN:MOH:HN/2021/0001",
            "URN:UVCI:01:SE:EHM/V12907267LAJW",
            "URN:UVCI:01:VN:7",
    })
    void readsUvcisWithoutChecksumWhenOptional(String candidate) {
        UvciParseResult result = new UvciParser(false).parse(candidate);

        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.uvci().map(Uvci::value)).contains(candidate);
        assertThat(result.uvci().flatMap(Uvci::checkCharacter)).isEmpty();
        assertThat(result.error()).isEmpty();
    }

    @Test
    void eightyCharactersWithChecksumIsTheLimit() {
        String text = "URN:UVCI:01:VN:" + "9".repeat(Uvci.MAX_LENGTH - 15 - 2);
        String uvci = text + Uvci.CHECKSUM_DELIMITER + UvciChecksum.compute(text);

        assertThat(uvci).hasSize(80);
        assertThat(new UvciParser(true).parse(uvci).isValid()).isTrue();
    }
}
