package vn.vaxpass.registry;

import vn.vaxpass.access.Reach;

/**
 * The one rule for showing a registry person's ID number to a caller (issue 11, "the registry must not become an
 * oracle"): whole to a reach that {@link Reach#seesRegistryIdNumbersWhole() sees them whole} (the Ministry), otherwise
 * masked: the first three digits (the province of birth) and the last two shown, every other character {@code *},
 * so {@code 001085012345} reads {@code 001*******45}. Enough for a clerk to tell two suggestions apart and to read
 * one over the phone to the commune police; not enough to use as someone's number. Every answer that quotes a
 * registry number (a match check, a job's results.csv, later the correction workflow) asks this class.
 */
public final class IdNumberMask {

    static final char HIDDEN = '*';
    static final int SHOWN_FIRST = 3;
    static final int SHOWN_LAST = 2;

    private IdNumberMask() {
    }

    /** The number as this caller may see it; null stays null. */
    public static String forReach(String idNumber, Reach reach) {
        return idNumber == null || reach.seesRegistryIdNumbersWhole() ? idNumber : mask(idNumber);
    }

    /**
     * The number masked. One too short to keep anything hidden between what is shown (five characters or fewer) is
     * hidden whole.
     */
    public static String mask(String idNumber) {
        int length = idNumber.length();
        if (length <= SHOWN_FIRST + SHOWN_LAST) {
            return String.valueOf(HIDDEN).repeat(length);
        }
        return idNumber.substring(0, SHOWN_FIRST) + String.valueOf(HIDDEN).repeat(length - SHOWN_FIRST - SHOWN_LAST)
                + idNumber.substring(length - SHOWN_LAST);
    }
}
