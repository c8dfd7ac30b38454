package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.identity.IdNumberRepairsSpreadsheetDamage.assertSingleRepair;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberRepairsLettersTypedForDigits {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            O79085123456      | 079085123456
            o79o85123456      | 079085123456
            079085l23456      | 079085123456
            079085I23456      | 079085123456
            'O79 O85 l23 456' | 079085123456
            OO1O89O12345      | 001089012345
            O25123456         | 025123456
            l23456789         | 123456789
            """)
    void oForZeroAndIOrLForOne(String raw, String expected) {
        assertThat(IdNumber.parse(raw).defect()).contains(IdNumberDefect.NON_DIGIT);
        assertSingleRepair(raw, expected, "LETTER_FOR_DIGIT");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            79O85l23456   | 079085123456
            25l2345O      | 025123450
            """)
    void lettersAndLostZerosCombine(String raw, String expected) {
        assertSingleRepair(raw, expected, "LETTER_FOR_DIGIT LEADING_ZEROS_LOST");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"079085123456X", "L79085123456", "i79085123456", "Q79085123456", "S79085123456",
        "không có", "N/A", "CCCD 079085123456"})
    void otherLettersAreNotGuessed(String raw) {
        IdNumberReading reading = IdNumber.parse(raw);

        assertThat(reading.defect()).contains(IdNumberDefect.NON_DIGIT);
        assertThat(reading.repairs()).isEmpty();
        assertThat(reading.repairRanges()).isEmpty();
    }
}
