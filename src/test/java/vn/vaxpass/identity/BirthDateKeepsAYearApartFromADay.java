package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateKeepsAYearApartFromADay {

    private static BirthDate read(String text) {
        return BirthDate.parse(text).orElseThrow();
    }

    @Test
    void aYearIsNotItsFirstDay() {
        BirthDate year = read("1950");
        BirthDate firstDay = read("1950-01-01");

        assertThat(year).isNotEqualTo(firstDay);
        assertThat(year.isYearOnly()).isTrue();
        assertThat(firstDay.isYearOnly()).isFalse();
        assertThat(year.year()).isEqualTo(firstDay.year()).isEqualTo(1950);
        assertThat(year).hasToString("1950");
        assertThat(firstDay).hasToString("1950-01-01");
    }

    @Test
    void aYearHasNoMonthDayOrLocalDate() {
        BirthDate year = read("1950");

        assertThat(year.month()).isEmpty();
        assertThat(year.day()).isEmpty();
        assertThat(year.toLocalDate()).isEmpty();
    }

    @Test
    void aFullDateHasThemAll() {
        BirthDate date = read("7/3/1985");

        assertThat(date.month()).hasValue(3);
        assertThat(date.day()).hasValue(7);
        assertThat(date.toLocalDate()).contains(LocalDate.of(1985, 3, 7));
    }

    @Test
    void theSameDateTypedInAnyFormatIsEqual() {
        BirthDate iso = read("1985-03-07");

        assertThat(read("07/03/1985")).isEqualTo(iso).hasSameHashCodeAs(iso);
        assertThat(read("7.3.1985")).isEqualTo(iso).hasSameHashCodeAs(iso);
        assertThat(BirthDate.of(LocalDate.of(1985, 3, 7))).isEqualTo(iso);
        assertThat(read("1985-03-08")).isNotEqualTo(iso);
        assertThat(read("1985-04-07")).isNotEqualTo(iso);
        assertThat(read("1986-03-07")).isNotEqualTo(iso);
    }

    @Test
    void yearsAreEqualToYears() {
        assertThat(BirthDate.ofYear(1950)).isEqualTo(read("1950")).hasSameHashCodeAs(read(" 1950 "));
        assertThat(BirthDate.ofYear(1950)).isNotEqualTo(BirthDate.ofYear(1951));
    }

    @Test
    void theIsoFormIsZeroPadded() {
        assertThat(BirthDate.of(LocalDate.of(2001, 1, 2))).hasToString("2001-01-02");
        assertThat(BirthDate.ofYear(1000)).hasToString("1000");
    }

    @Test
    void yearsOutsideFourDigitsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.ofYear(999));
        assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.ofYear(10_000));
        assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.of(LocalDate.of(999, 12, 31)));
        assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.of(LocalDate.of(10_000, 1, 1)));
    }
}
