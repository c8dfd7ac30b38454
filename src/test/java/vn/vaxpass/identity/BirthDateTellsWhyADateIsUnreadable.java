package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateTellsWhyADateIsUnreadable {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            07/03/85             | UNRECOGNISED_FORMAT
            03/1985              | UNRECOGNISED_FORMAT
            1985-03              | UNRECOGNISED_FORMAT
            07/03-1985           | UNRECOGNISED_FORMAT
            1985-03/07           | UNRECOGNISED_FORMAT
            07//03/1985          | UNRECOGNISED_FORMAT
            '07 / 03 / 1985'     | UNRECOGNISED_FORMAT
            '07 03 1985'         | UNRECOGNISED_FORMAT
            1985-03-07T00:00:00  | UNRECOGNISED_FORMAT
            '1985-03-07 00:00'   | UNRECOGNISED_FORMAT
            31113                | UNRECOGNISED_FORMAT
            7 tháng 3 năm 1985   | UNRECOGNISED_FORMAT
            O7/03/1985           | UNRECOGNISED_FORMAT
            1985.0               | UNRECOGNISED_FORMAT
            /03/1985             | UNRECOGNISED_FORMAT
            07/03/1985/          | UNRECOGNISED_FORMAT
            007/03/1985          | UNRECOGNISED_FORMAT
            07/003/1985          | UNRECOGNISED_FORMAT
            07/03/19851          | UNRECOGNISED_FORMAT
            19850                | UNRECOGNISED_FORMAT
            198                  | UNRECOGNISED_FORMAT
            +1985                | UNRECOGNISED_FORMAT
            -1985                | UNRECOGNISED_FORMAT
            1985-03-07-01        | UNRECOGNISED_FORMAT
            1985-03-07Z          | UNRECOGNISED_FORMAT
            07_03_1985           | UNRECOGNISED_FORMAT
            1985/07              | UNRECOGNISED_FORMAT
            \uFF11\uFF19\uFF18\uFF15 | UNRECOGNISED_FORMAT
            0985                 | YEAR_OUT_OF_RANGE
            0000                 | YEAR_OUT_OF_RANGE
            07/03/0985           | YEAR_OUT_OF_RANGE
            0985-03-07           | YEAR_OUT_OF_RANGE
            12/25/1985           | INVALID_MONTH
            07/13/1985           | INVALID_MONTH
            07/00/1985           | INVALID_MONTH
            1985-13-01           | INVALID_MONTH
            1985-00-10           | INVALID_MONTH
            31/02/1990           | INVALID_DAY
            29/02/1990           | INVALID_DAY
            31/04/1990           | INVALID_DAY
            31/06/2001           | INVALID_DAY
            31/09/2001           | INVALID_DAY
            31/11/2001           | INVALID_DAY
            00/03/1985           | INVALID_DAY
            32/01/1985           | INVALID_DAY
            1985-02-30           | INVALID_DAY
            1985-01-00           | INVALID_DAY
            """)
    void eachBrokenRuleHasItsOwnCode(String text, BirthDateError expected) {
        ParseResult<BirthDate, BirthDateError> result = BirthDate.parse(text);

        assertThat(result.isValid()).as(result.toString()).isFalse();
        assertThat(result.error()).contains(expected);
        assertThat(result.value()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\u00A0\t\n"})
    void blankIsMissing(String text) {
        assertThat(BirthDate.parse(text).error()).contains(BirthDateError.MISSING);
    }

    @Test
    void anUnreadableDateThrowsOnlyWhenAskedTo() {
        ParseResult<BirthDate, BirthDateError> result = BirthDate.parse("31/02/1990");

        assertThat(result).hasToString("invalid: INVALID_DAY");
        assertThatIllegalArgumentException().isThrownBy(result::orElseThrow).withMessage("INVALID_DAY");
    }
}
