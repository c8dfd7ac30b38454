package vn.vaxpass.functions.correction.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.dhatim.fastexcel.Worksheet;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.BirthDateError;
import vn.vaxpass.identity.ParseResult;

/**
 * How every workbook this system writes holds its values, which the list, the verification list and the progress
 * report share: a header bold on a coloured fill; text as a string cell (never a formula, so {@code =…} and
 * {@code +84…} stay text), an ID number or phone in a text-formatted cell so a typed leading zero stays; a full date
 * as a date cell shown dd/mm/yyyy and a time dd/mm/yyyy hh:mm; a count as a number.
 */
final class SheetWriting {

    static final String TEXT_FORMAT = "@";
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

    private SheetWriting() {
    }

    static void header(Worksheet sheet, int row, int column, String text, String fill) {
        sheet.value(row, column, text);
        sheet.style(row, column).bold().wrapText(true).fillColor(fill).set();
    }

    static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, value);
        }
    }

    /** An ID number or a phone: text in a text-formatted cell, even when empty (a clerk may type into it). */
    static void digits(Worksheet sheet, int row, int column, String value) {
        text(sheet, row, column, value);
        sheet.style(row, column).format(TEXT_FORMAT).set();
    }

    /** A full date, as typed or ISO, as a date cell shown dd/mm/yyyy; a year alone, or anything else, as text. */
    static void birthDate(Worksheet sheet, int row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        ParseResult<BirthDate, BirthDateError> read = BirthDate.parse(value);
        Optional<LocalDate> day = read.isValid() ? read.orElseThrow().toLocalDate() : Optional.empty();
        if (day.isPresent()) {
            date(sheet, row, column, day.get());
        } else {
            sheet.value(row, column, value);
        }
    }

    static void date(Worksheet sheet, int row, int column, LocalDate day) {
        sheet.value(row, column, day);
        sheet.style(row, column).format(ListSheet.DATE_FORMAT).set();
    }

    static void dateTime(Worksheet sheet, int row, int column, LocalDateTime time) {
        sheet.value(row, column, time);
        sheet.style(row, column).format(DATE_TIME_FORMAT).set();
    }

    static void count(Worksheet sheet, int row, int column, long count) {
        sheet.value(row, column, count);
    }
}
