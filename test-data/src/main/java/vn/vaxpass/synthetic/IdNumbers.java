package vn.vaxpass.synthetic;

/**
 * The 12-digit personal ID number (số định danh cá nhân, on the citizen identity card since 2016) and the 9-digit
 * identity card number before it (CMND), as numbers.
 *
 * <p>12 digits: the three-digit code of the province of birth registration, one century-and-sex digit (0 a man and 1 a
 * woman born in the 1900s, 2 and 3 in the 2000s), the last two digits of the birth year, and six random digits
 * (Decree 137/2015/ND-CP, Circular 07/2016/TT-BCA art. 7). Every province code is below 100, so every 12-digit number
 * is at least 10^9 and every 9-digit one below: one map holds both kinds without confusing them.
 */
final class IdNumbers {

    static final int NEW_LENGTH = 12;
    static final int OLD_LENGTH = 9;
    static final long TAIL_SPAN = 1_000_000L;
    private static final long YEAR_UNIT = TAIL_SPAN;
    private static final long CENTURY_SEX_UNIT = 100 * YEAR_UNIT;
    private static final long PREFIX_UNIT = 10 * CENTURY_SEX_UNIT;
    private static final int FIRST_YEAR_OF_2000S = 2000;

    private IdNumbers() {
    }

    static long compose(int provincePrefix, int birthYear, boolean female, int tail) {
        int centurySex = (birthYear >= FIRST_YEAR_OF_2000S ? 2 : 0) + (female ? 1 : 0);
        return provincePrefix * PREFIX_UNIT + centurySex * CENTURY_SEX_UNIT + (birthYear % 100) * YEAR_UNIT + tail;
    }

    static boolean isFemale(long idNumber) {
        return (idNumber / CENTURY_SEX_UNIT) % 2 == 1;
    }

    static int tail(long idNumber) {
        return (int) (idNumber % TAIL_SPAN);
    }

    static String format(long idNumber) {
        return Provinces.zeroPadded(idNumber, NEW_LENGTH);
    }

    static String formatOld(int oldIdNumber) {
        return Provinces.zeroPadded(oldIdNumber, OLD_LENGTH);
    }
}
