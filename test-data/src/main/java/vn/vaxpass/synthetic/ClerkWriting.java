package vn.vaxpass.synthetic;

/**
 * How clerks wrote dates of birth and gender on vaccination records, and how those are read back: dates as
 * {@code DD/MM/YYYY}, {@code D/M/YYYY}, {@code YYYY-MM-DD} or {@code YYYY}; gender as {@code M}, {@code F}, {@code Nam}
 * or {@code Nữ}.
 */
final class ClerkWriting {

    static final String MALE = "M";
    static final String FEMALE = "F";
    static final String MALE_WORD = "Nam";
    static final String FEMALE_WORD = "N\u1EEF";

    /** The four ways a date is written. */
    enum DateFormat {
        DD_MM_YYYY, D_M_YYYY, ISO, YEAR
    }

    private ClerkWriting() {
    }

    /** A packed date ({@link BirthDate}) in a format; a year-only date is always written as its year. */
    static String date(int packed, DateFormat format) {
        int year = BirthDate.year(packed);
        if (BirthDate.isYearOnly(packed) || format == DateFormat.YEAR) {
            return Provinces.zeroPadded(year, 4);
        }
        int month = BirthDate.month(packed);
        int day = BirthDate.day(packed);
        return switch (format) {
            case DD_MM_YYYY -> Provinces.zeroPadded(day, 2) + '/' + Provinces.zeroPadded(month, 2) + '/' + year;
            case D_M_YYYY -> Integer.toString(day) + '/' + month + '/' + year;
            case ISO -> BirthDate.iso(packed);
            case YEAR -> throw new AssertionError(format);
        };
    }

    static String gender(boolean female, boolean asWord) {
        if (asWord) {
            return female ? FEMALE_WORD : MALE_WORD;
        }
        return female ? FEMALE : MALE;
    }

    /** A written date as a packed date, or -1 when it is in none of the four formats or no real date. */
    static int parseDate(String written) {
        String text = written.strip();
        try {
            if (text.length() == 4 && isDigits(text)) {
                return BirthDate.yearOnly(Integer.parseInt(text));
            }
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                return validDate(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8, 10)));
            }
            String[] parts = text.split("/", -1);
            if (parts.length == 3 && parts[0].length() <= 2 && parts[1].length() <= 2 && parts[2].length() == 4) {
                return validDate(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** True for a woman, false for a man, null for anything else. */
    static Boolean parseFemale(String written) {
        return switch (written.strip()) {
            case FEMALE, FEMALE_WORD -> Boolean.TRUE;
            case MALE, MALE_WORD -> Boolean.FALSE;
            default -> null;
        };
    }

    private static int validDate(int year, int month, int day) {
        return BirthDate.isValid(year, month, day) ? BirthDate.of(year, month, day) : -1;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
