package vn.vaxpass.functions.correction;

/** A registry ID number as health roles see it: the first three and last two digits, the rest {@code *}. */
final class IdNumberMasking {

    private static final int SHOWN_FIRST = 3;
    private static final int SHOWN_LAST = 2;

    private IdNumberMasking() {
    }

    static String mask(String idNumber) {
        if (idNumber.length() <= SHOWN_FIRST + SHOWN_LAST) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, SHOWN_FIRST) + "*".repeat(idNumber.length() - SHOWN_FIRST - SHOWN_LAST)
                + idNumber.substring(idNumber.length() - SHOWN_LAST);
    }
}
