package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberRepairsSpreadsheetDamage {

    static Set<IdNumberCorruption> corruptions(String names) {
        return Arrays.stream(names.trim().split("\\s+"))
                .map(IdNumberCorruption::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdNumberCorruption.class)));
    }

    static void assertSingleRepair(String raw, String expected, String corruptions) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.repairCandidates()).as(reading.toString()).containsExactly(expected);
        assertThat(reading.repairs().get(0).corruptions()).isEqualTo(corruptions(corruptions));
        assertThat(reading.repairRanges()).isEmpty();
        assertThat(IdNumber.parse(expected).isWellFormed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            79085123456  | 079085123456
            1089012345   | 001089012345
            1189012345   | 001189012345
            2300123456   | 002300123456
            96300123456  | 096300123456
            '79 085 123 456' | 079085123456
            """)
    void twelveDigitNumbersGetTheirLeadingZerosBack(String raw, String expected) {
        assertThat(IdNumber.parse(raw).defect()).contains(IdNumberDefect.WRONG_LENGTH);
        assertSingleRepair(raw, expected, "LEADING_ZEROS_LOST");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            25123456     | 025123456
            1234567      | 001234567
            '25.123.456' | 025123456
            """)
    void nineDigitNumbersGetTheirLeadingZerosBack(String raw, String expected) {
        assertSingleRepair(raw, expected, "LEADING_ZEROS_LOST");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "99085123456", // 099 is no province
        "3085123456", // 003 neither
        "5123456789", // 005 neither
        "123456", // three zeros short of nine: cut, not zero-stripped
        "079085123456789", // too long: nothing to restore
        "7"
    })
    void noZerosAreRestoredWhereTheyCannotMakeAWellFormedNumber(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.repairs()).as(reading.toString()).isEmpty();
    }

    @Test
    void eightDigitsAreANineDigitNumberOnly() {
        // Four zeros short of twelve: more than a spreadsheet can drop from a 12-digit number.
        assertThat(IdNumber.parse("89012345").repairCandidates()).containsExactly("089012345");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7.9085123456E+10      | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            7,9085123456E+10      | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            7.9085123456e+10      | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            7.9085123456E10       | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            '  7.9085123456E+10 ' | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            '7.9085123456 E+10'   | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            7.90851234560E+10     | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            79085123456E+0        | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            0.79085123456E+11     | 079085123456 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            1.089012345E+09       | 001089012345 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            1,089012345E+9        | 001089012345 | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            2.5123456E+07         | 025123456    | SCIENTIFIC_NOTATION LEADING_ZEROS_LOST
            1.23456789E+08        | 123456789    | SCIENTIFIC_NOTATION
            """)
    void scientificNotationWithEveryDigitGivesTheNumberBack(String raw, String expected, String corruptions) {
        assertThat(IdNumber.parse(raw).defect()).contains(IdNumberDefect.NON_DIGIT);
        assertSingleRepair(raw, expected, corruptions);
    }

    @Test
    void aTwelveDigitNumberInScientificNotationIsRecoveredButNoIdNumber() {
        // 123456789012 has every digit back, but 123 is no province: ID numbers of 12 digits open with 0.
        IdNumberReading reading = IdNumber.parse("1.23456789012E+11");

        assertThat(reading.defect()).contains(IdNumberDefect.NON_DIGIT);
        assertThat(reading.repairs()).isEmpty();
        assertThat(reading.repairRanges()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            7.91E+10    | 079050000000 | 079149999999
            7,91E+10    | 079050000000 | 079149999999
            7.91e10     | 079050000000 | 079149999999
            7.90851E+10 | 079085050000 | 079085149999
            1.09E+09    | 001085000000 | 001094999999
            2.51E+07    | 025050000    | 025149999
            9.9E+08     | 985000000    | 994999999
            """)
    void roundedScientificNotationGivesTheRangeItRoundsFrom(String raw, String lowest, String highest) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.repairCandidates()).isEmpty();
        assertThat(reading.repairRanges()).containsExactly(new IdNumberRange(lowest, highest));
    }

    @Test
    void aRangeIsNotAPrefix() {
        // 79085123456 rounds to 7.91E+10, yet 079085123456 does not start with 0791.
        IdNumberRange range = IdNumber.parse("7.91E+10").repairRanges().get(0);

        assertThat(range.contains("079085123456")).isTrue();
        assertThat(range.contains("079150000000")).isFalse();
        assertThat(range.contains("079049999999")).isFalse();
        assertThat(range.contains("79085123456")).isFalse();
        assertThat(range.length()).isEqualTo(12);
    }

    @Test
    void rangesAreNarrowedToKnownProvinces() {
        // 7.9E+10 stands for 78,500,000,000 to 79,499,999,999; no province has code 078.
        assertThat(IdNumber.parse("7.9E+10").repairRanges())
                .containsExactly(new IdNumberRange("079000000000", "079499999999"));
        // 1.23457E+11 is how a spreadsheet shows 123456789012: code 123, no province.
        assertThat(IdNumber.parse("1.23457E+11").repairRanges()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7.91E-10", "-7.91E+10", "7.91E+12", "7.91E+", "E+10", ".79E+11", "7.9.1E+10",
        "7.90851234565E+10", "0E+10", "7.91E+100", "7.91EE+10", "7.91E+1O"})
    void otherNumbersInScientificNotationRepairNothing(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.repairs()).as(reading.toString()).isEmpty();
        assertThat(reading.repairRanges()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            79085123456.0     | 079085123456 | DECIMAL_TAIL LEADING_ZEROS_LOST
            79085123456.00    | 079085123456 | DECIMAL_TAIL LEADING_ZEROS_LOST
            79085123456,0     | 079085123456 | DECIMAL_TAIL LEADING_ZEROS_LOST
            079085123456.0    | 079085123456 | DECIMAL_TAIL
            79.085.123.456,00 | 079085123456 | DECIMAL_TAIL LEADING_ZEROS_LOST
            25123456,00       | 025123456    | DECIMAL_TAIL LEADING_ZEROS_LOST
            """)
    void aDecimalTailIsCut(String raw, String expected, String corruptions) {
        assertThat(IdNumber.parse(raw).isWellFormed()).isFalse();
        assertSingleRepair(raw, expected, corruptions);
    }

    @Test
    void aDecimalTailCanHideBehindAWellFormedReading() {
        // By the contract the dot is formatting, so 25123456.0 is the well-formed 251234560; the tail says otherwise.
        IdNumberReading reading = IdNumber.parse("25123456.0");

        assertThat(reading.status()).isEqualTo(IdNumberStatus.WELL_FORMED);
        assertThat(reading.digits()).contains("251234560");
        assertThat(reading.repairCandidates()).containsExactly("025123456");
        assertThat(reading.repairs().get(0).corruptions()).isEqualTo(corruptions("DECIMAL_TAIL LEADING_ZEROS_LOST"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"025.123.456", "079.085.123.400", "079.085.123.450", "0790.8512.3400"})
    void groupingDotsAreNoDecimalTail(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.isWellFormed()).isTrue();
        assertThat(reading.repairs()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '79,085,123,456' | 079085123456 | THOUSANDS_SEPARATORS LEADING_ZEROS_LOST
            '1,089,012,345'  | 001089012345 | THOUSANDS_SEPARATORS LEADING_ZEROS_LOST
            '25,123,456'     | 025123456    | THOUSANDS_SEPARATORS LEADING_ZEROS_LOST
            '123,456,789'    | 123456789    | THOUSANDS_SEPARATORS
            """)
    void thousandsSeparatorsAreDropped(String raw, String expected, String corruptions) {
        assertSingleRepair(raw, expected, corruptions);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\uFEFF079085123456", "079085\u200B123456", "\u200E079085123456\u200F",
        "0790851\u00AD23456"})
    void invisibleCharactersAreDropped(String raw) {
        assertThat(IdNumber.parse(raw).defect()).contains(IdNumberDefect.NON_DIGIT);
        assertSingleRepair(raw, "079085123456", "INVISIBLE_CHARACTERS");
    }

    @Test
    void damagesCombine() {
        assertSingleRepair("\uFEFF79,085,123,456.0", "079085123456",
                "DECIMAL_TAIL THOUSANDS_SEPARATORS INVISIBLE_CHARACTERS LEADING_ZEROS_LOST");
    }

    @Test
    void aCleanWellFormedNumberNeedsNoRepair() {
        assertThat(IdNumber.parse("079085123456").repairs()).isEmpty();
        assertThat(IdNumber.parse("025123456").repairs()).isEmpty();
    }
}
