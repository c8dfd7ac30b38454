package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.identity.ProvinceTableHoldsTheSixtyThreeBirthRegistrationCodes.CIRCULAR_07_ANNEX_I;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberFollowsTheContract {

    private static final String SERIAL = "085123456";

    @ParameterizedTest(name = "[{0}] -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            025123456                 | CMND | 025123456
            123456789                 | CMND | 123456789
            '  025 123 456  '         | CMND | 025123456
            025.123.456               | CMND | 025123456
            025-123-456               | CMND | 025123456
            079085123456              | CCCD | 079085123456
            '079 085 123 456'         | CCCD | 079085123456
            079.085.123.456           | CCCD | 079085123456
            079-085-123-456           | CCCD | 079085123456
            0790-8512-3456            | CCCD | 079085123456
            '  079085123456  '        | CCCD | 079085123456
            '079 - 085 . 123 456'     | CCCD | 079085123456
            """)
    void spacesDotsAndDashesAreFormatting(String raw, IdNumberKind kind, String digits) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.WELL_FORMED);
        assertThat(reading.isWellFormed()).isTrue();
        assertThat(reading.kind()).contains(kind);
        assertThat(reading.digits()).contains(digits);
        assertThat(reading.defect()).isEmpty();
        assertThat(reading.repairs()).isEmpty();
        assertThat(reading.repairRanges()).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "202F", "2007", "0009", "000A", "3000", "2010", "2011", "2012", "2013", "2014",
            "2015", "FE58", "FF0D"})
    void unicodeSpacesAndDashesAreFormattingToo(String hex) {
        String separator = Character.toString(Integer.parseInt(hex, 16));

        IdNumberReading reading = IdNumber.parse(separator + "079" + separator + "085123456" + separator);

        assertThat(reading.digits()).contains("079085123456");
        assertThat(reading.kind()).contains(IdNumberKind.CCCD);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\u00A0", "\t\n", "-", " - ", "...", "--.--", "\u2013", " .\u00A0- "})
    void nothingButFormattingIsMissing(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.MISSING);
        assertThat(reading.isWellFormed()).isFalse();
        assertThat(reading.digits()).isEmpty();
        assertThat(reading.defect()).isEmpty();
        assertThat(reading.kind()).isEmpty();
        assertThat(reading.evidence()).isEmpty();
        assertThat(reading.repairs()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "N/A", "không có", "07908512345X", "O79085123456", "079085l23456", "079,085,123,456", "7.9085123456E+10",
        "\uFEFF079085123456", "079085\u200B123456", "079_085_123_456", "079/085/123456", "+84079085123456",
        "\uFF10\uFF17\uFF19\uFF10\uFF18\uFF15\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16", "079085123456\u0000"
    })
    void anythingElseThanDigitsAndFormattingIsANonDigit(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.MALFORMED);
        assertThat(reading.defect()).contains(IdNumberDefect.NON_DIGIT);
        assertThat(reading.digits()).isEmpty();
        assertThat(reading.kind()).isEmpty();
        assertThat(reading.evidence()).isEmpty();
    }

    static Stream<String> digitRunsOfEveryOtherLength() {
        String digits = "07908512345678901234";
        return IntStream.rangeClosed(1, digits.length())
                .filter(length -> length != IdNumberKind.CMND.length() && length != IdNumberKind.CCCD.length())
                .mapToObj(length -> digits.substring(0, length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digitRunsOfEveryOtherLength")
    void onlyNineAndTwelveDigitsHaveTheRightLength(String digits) {
        IdNumberReading reading = IdNumber.parse(digits);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.MALFORMED);
        assertThat(reading.defect()).contains(IdNumberDefect.WRONG_LENGTH);
        assertThat(reading.digits()).contains(digits);
    }

    @ParameterizedTest(name = "{0} digits -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            02512345      | MALFORMED
            025123456     | WELL_FORMED
            0251234567    | MALFORMED
            07908512345   | MALFORMED
            079085123456  | WELL_FORMED
            0790851234567 | MALFORMED
            """)
    void lengthBoundaries(String digits, IdNumberStatus status) {
        assertThat(IdNumber.parse(digits).status()).isEqualTo(status);
    }

    static Stream<String> circularProvinceCodes() {
        return CIRCULAR_07_ANNEX_I.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("circularProvinceCodes")
    void everyProvinceCodeOpensAWellFormedNumber(String code) {
        IdNumberReading reading = IdNumber.parse(code + SERIAL);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.WELL_FORMED);
        assertThat(reading.kind()).contains(IdNumberKind.CCCD);
        assertThat(reading.evidence()).get()
                .extracting(evidence -> evidence.province().cccdPrefix())
                .isEqualTo(code);
    }

    static Stream<String> everyOtherThreeDigitCode() {
        return IntStream.range(0, 1000)
                .mapToObj(prefix -> String.format("%03d", prefix))
                .filter(code -> !CIRCULAR_07_ANNEX_I.contains(code));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOtherThreeDigitCode")
    void everyOtherCodeIsAnUnknownProvince(String code) {
        IdNumberReading reading = IdNumber.parse(code + SERIAL);

        assertThat(reading.status()).isEqualTo(IdNumberStatus.MALFORMED);
        assertThat(reading.defect()).contains(IdNumberDefect.UNKNOWN_PROVINCE);
        assertThat(reading.digits()).contains(code + SERIAL);
        assertThat(reading.evidence()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "003", "005", "097", "100", "790", "999"})
    void codesBesideTheSixtyThreeAreUnknown(String code) {
        assertThat(everyOtherThreeDigitCode()).contains(code);
        assertThat(IdNumber.parse(code + SERIAL).defect()).contains(IdNumberDefect.UNKNOWN_PROVINCE);
    }

    @ParameterizedTest(name = "century-gender digit {0}")
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void theCenturyDigitIsEvidenceNotValidity(char centuryGender) {
        IdNumberReading reading = IdNumber.parse("079" + centuryGender + "85123456");

        assertThat(reading.status()).isEqualTo(IdNumberStatus.WELL_FORMED);
        assertThat(reading.evidence()).isPresent();
    }

    @Test
    void nineDigitNumbersCarryNoEvidence() {
        assertThat(IdNumber.parse("025123456").evidence()).isEmpty();
    }

    @Test
    void aCleanNumberIsReadWithoutCopying() {
        String clean = "079085123456";

        assertThat(IdNumber.parse(clean).digits()).get().isSameAs(clean);
    }

    @Test
    void theFirstBrokenRuleNamesTheDefect() {
        // Letters and a wrong length: the letters come first. A wrong length with an unknown code: the length.
        assertThat(IdNumber.parse("X99").defect()).contains(IdNumberDefect.NON_DIGIT);
        assertThat(IdNumber.parse("9990851234567").defect()).contains(IdNumberDefect.WRONG_LENGTH);
    }
}
