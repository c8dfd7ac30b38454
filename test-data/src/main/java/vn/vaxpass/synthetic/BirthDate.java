package vn.vaxpass.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A date of birth packed in an int as {@code yyyymmdd}, or {@code yyyy0000} when only the year is known (common for
 * people born before 1945, whose births were often never registered). The year alone is its own value: 1950 is not
 * 1950-01-01.
 */
final class BirthDate {

    private BirthDate() {
    }

    static int of(int year, int month, int day) {
        return year * 10_000 + month * 100 + day;
    }

    static int yearOnly(int year) {
        return year * 10_000;
    }

    static int year(int packed) {
        return packed / 10_000;
    }

    static int month(int packed) {
        return packed / 100 % 100;
    }

    static int day(int packed) {
        return packed % 100;
    }

    static boolean isYearOnly(int packed) {
        return packed % 10_000 == 0;
    }

    /** A uniformly random day of the year. */
    static int randomDayOf(int year, SplittableRandom random) {
        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return of(year, date.getMonthValue(), date.getDayOfMonth());
    }

    static boolean isValid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    /** As the registry writes it: {@code YYYY-MM-DD}, or {@code YYYY}. */
    static String iso(int packed) {
        String year = Provinces.zeroPadded(year(packed), 4);
        if (isYearOnly(packed)) {
            return year;
        }
        return year + '-' + Provinces.zeroPadded(month(packed), 2) + '-' + Provinces.zeroPadded(day(packed), 2);
    }
}
