package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClerkWritingReadsBackWhatItWrites {

    private static final int MAY_4_1990 = BirthDate.of(1990, 5, 4);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"DD_MM_YYYY, 04/05/1990", "D_M_YYYY, 4/5/1990", "ISO, 1990-05-04", "YEAR, 1990"})
    void eachFormatWritesTheDateItsWay(ClerkWriting.DateFormat format, String written) {
        assertThat(ClerkWriting.date(MAY_4_1990, format)).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(value = ClerkWriting.DateFormat.class, names = {"DD_MM_YYYY", "D_M_YYYY", "ISO"})
    void aFullDateReadsBackAsItself(ClerkWriting.DateFormat format) {
        assertThat(ClerkWriting.parseDate(ClerkWriting.date(MAY_4_1990, format))).isEqualTo(MAY_4_1990);
    }

    @Test
    void aYearAloneIsItsOwnValueNotTheFirstOfJanuary() {
        assertThat(ClerkWriting.parseDate("1950")).isEqualTo(BirthDate.yearOnly(1950));
        assertThat(ClerkWriting.parseDate("01/01/1950")).isNotEqualTo(ClerkWriting.parseDate("1950"));
        assertThat(ClerkWriting.date(BirthDate.yearOnly(1950), ClerkWriting.DateFormat.DD_MM_YYYY)).isEqualTo("1950");
    }

    @ParameterizedTest
    @CsvSource({"29/02/2001", "31/04/1990", "1990/05/04", "4-5-1990", "'  '"})
    void whatIsNoDateInTheFourFormatsReadsAsNone(String written) {
        assertThat(ClerkWriting.parseDate(written)).isEqualTo(-1);
    }

    @Test
    void genderAsLetterOrWord() {
        assertThat(ClerkWriting.gender(true, true)).isEqualTo("Nữ");
        assertThat(ClerkWriting.gender(false, true)).isEqualTo("Nam");
        assertThat(ClerkWriting.parseFemale("Nữ")).isTrue();
        assertThat(ClerkWriting.parseFemale("F")).isTrue();
        assertThat(ClerkWriting.parseFemale("Nam")).isFalse();
        assertThat(ClerkWriting.parseFemale("M")).isFalse();
        assertThat(ClerkWriting.parseFemale("X")).isNull();
    }
}
