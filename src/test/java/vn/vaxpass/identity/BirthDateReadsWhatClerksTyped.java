package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateReadsWhatClerksTyped {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            07/03/1985          | 1985-03-07
            7/3/1985            | 1985-03-07
            07/3/1985           | 1985-03-07
            7/03/1985           | 1985-03-07
            07-03-1985          | 1985-03-07
            07.03.1985          | 1985-03-07
            1985-03-07          | 1985-03-07
            1985-3-7            | 1985-03-07
            1985/03/07          | 1985-03-07
            1985.03.07          | 1985-03-07
            '  07/03/1985  '    | 1985-03-07
            '\u00A007/03/1985\t' | 1985-03-07
            31/12/1999          | 1999-12-31
            01/01/1900          | 1900-01-01
            30/04/1975          | 1975-04-30
            31/01/2021          | 2021-01-31
            1950                | 1950
            ' 1950 '            | 1950
            1000                | 1000
            9999                | 9999
            31/12/9999          | 9999-12-31
            """)
    void acceptedFormatsGiveTheIsoValue(String text, String iso) {
        ParseResult<BirthDate, BirthDateError> result = BirthDate.parse(text);

        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.error()).isEmpty();
        assertThat(result.orElseThrow()).hasToString(iso);
    }

    @ParameterizedTest(name = "29/02/{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1996 | true
            2000 | true
            2004 | true
            2020 | true
            2024 | true
            1900 | false
            2100 | false
            1990 | false
            2021 | false
            2023 | false
            """)
    void theTwentyNinthOfFebruaryExistsInLeapYearsOnly(int year, boolean leap) {
        ParseResult<BirthDate, BirthDateError> dayFirst = BirthDate.parse("29/02/" + year);
        ParseResult<BirthDate, BirthDateError> iso = BirthDate.parse(year + "-02-29");

        assertThat(dayFirst.isValid()).isEqualTo(leap);
        assertThat(iso.isValid()).isEqualTo(leap);
        if (!leap) {
            assertThat(dayFirst.error()).contains(BirthDateError.INVALID_DAY);
            assertThat(iso.error()).contains(BirthDateError.INVALID_DAY);
        }
        assertThat(BirthDate.parse("28/02/" + year).isValid()).isTrue();
        assertThat(BirthDate.parse("30/02/" + year).error()).contains(BirthDateError.INVALID_DAY);
    }

    @ParameterizedTest(name = "month {0} has {1} days")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 31
            3  | 31
            4  | 30
            5  | 31
            6  | 30
            7  | 31
            8  | 31
            9  | 30
            10 | 31
            11 | 30
            12 | 31
            """)
    void theLastDayOfEachMonthIsItsOwn(int month, int days) {
        assertThat(BirthDate.parse(days + "/" + month + "/1990").isValid()).isTrue();
        assertThat(BirthDate.parse((days + 1) + "/" + month + "/1990").error()).contains(BirthDateError.INVALID_DAY);
    }
}
