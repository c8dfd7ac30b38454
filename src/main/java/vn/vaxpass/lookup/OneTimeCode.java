package vn.vaxpass.lookup;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * The one-time code sent by SMS to prove the caller holds the phone: {@value #DIGITS} decimal digits from
 * {@link SecureRandom}, valid for {@link #LIFETIME}, at most {@value #MAX_TRIES} tries. Never stored or logged as
 * it is: {@link LookupKeys#codeHash} is what the database keeps.
 */
public final class OneTimeCode {

    public static final int DIGITS = 6;
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong codes a challenge accepts; the next try is refused whatever the code. */
    public static final int MAX_TRIES = 5;

    private static final int BOUND = (int) Math.pow(10, DIGITS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    /** A fresh code, every value equally likely, zero-padded: {@code 004271}. */
    public static String generate() {
        return format(RANDOM.nextInt(BOUND));
    }

    static String format(int value) {
        String digits = Integer.toString(value);
        return "0".repeat(DIGITS - digits.length()) + digits;
    }

    /** Whether the text has the shape of a code (the caller's typing, before any comparison). */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
