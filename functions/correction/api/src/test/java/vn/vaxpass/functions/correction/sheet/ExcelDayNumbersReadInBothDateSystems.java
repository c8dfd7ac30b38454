package vn.vaxpass.functions.correction.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExcelDayNumbersReadInBothDateSystems {

    @Test
    void the1900SystemCountsAPhantom29February() {
        assertThat(SheetCells.dayOf(1, false)).contains(LocalDate.of(1900, 1, 1));
        assertThat(SheetCells.dayOf(59, false)).contains(LocalDate.of(1900, 2, 28));
        assertThat(SheetCells.dayOf(60, false)).isEmpty();
        assertThat(SheetCells.dayOf(61, false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(SheetCells.dayOf(32083, false)).contains(LocalDate.of(1987, 11, 2));
        assertThat(SheetCells.dayOf(0, false)).isEmpty();
    }

    @Test
    void the1904SystemCountsFrom1January1904() {
        assertThat(SheetCells.dayOf(0, true)).contains(LocalDate.of(1904, 1, 1));
        assertThat(SheetCells.dayOf(32083 - 1462, true)).contains(LocalDate.of(1987, 11, 2));
        assertThat(SheetCells.dayOf(-1, true)).isEmpty();
    }

    @Test
    void aDateFormatIsToldFromANumberFormat() {
        assertThat(SheetCells.isDateFormat("dd/mm/yyyy")).isTrue();
        assertThat(SheetCells.isDateFormat("m/d/yy")).isTrue();
        assertThat(SheetCells.isDateFormat("General")).isFalse();
        assertThat(SheetCells.isDateFormat("0")).isFalse();
        assertThat(SheetCells.isDateFormat("@")).isFalse();
        assertThat(SheetCells.isDateFormat(null)).isFalse();
    }
}
