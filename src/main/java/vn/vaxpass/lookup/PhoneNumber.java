package vn.vaxpass.lookup;

import java.util.Optional;

/**
 * A Vietnamese mobile number, as the citizen or the clerk typed it, reduced to its national significant number (the
 * nine digits after the trunk prefix 0 or the country code 84). Read the same way as the database's
 * {@code lookup_phone_key} (migration V6), which only narrows the search; this class decides.
 * <ul>
 *   <li>Formatting is ignored: spaces (no-break spaces too), dots, dashes and parentheses, and one leading
 *       {@code +}.</li>
 *   <li>Prefixes: {@code +84}, {@code 0084}, {@code 84} (eleven digits in all) or {@code 0} (ten digits in all).</li>
 *   <li>A mobile number: nine digits starting with 3, 5, 7, 8 or 9, the mobile ranges since the 2018 renumbering.
 *       Landlines (02x) cannot receive a code by SMS.</li>
 * </ul>
 * Holds personal data: never log it.
 */
public final class PhoneNumber {

    /** ITU-T E.164 country code of Viet Nam. */
    public static final String COUNTRY_CODE = "84";
    public static final int NATIONAL_DIGITS = 9;
    private static final String INTERNATIONAL_PREFIX = "00";
    private static final char TRUNK_PREFIX = '0';
    private static final String MOBILE_FIRST_DIGITS = "35789";
    private static final int MAX_LENGTH = 32;

    private final String national;

    private PhoneNumber(String national) {
        this.national = national;
    }

    /** The number, or empty when the text is not a Vietnamese mobile number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty()) {
                continue;
            } else if (!isFormatting(c)) {
                return Optional.empty();
            }
        }
        String national = withoutPrefix(digits.toString());
        if (national.length() != NATIONAL_DIGITS || MOBILE_FIRST_DIGITS.indexOf(national.charAt(0)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(national));
    }

    private static String withoutPrefix(String digits) {
        String withCountryCode = INTERNATIONAL_PREFIX + COUNTRY_CODE;
        if (digits.startsWith(withCountryCode) && digits.length() == withCountryCode.length() + NATIONAL_DIGITS) {
            return digits.substring(withCountryCode.length());
        }
        if (digits.startsWith(COUNTRY_CODE) && digits.length() == COUNTRY_CODE.length() + NATIONAL_DIGITS) {
            return digits.substring(COUNTRY_CODE.length());
        }
        if (digits.length() == 1 + NATIONAL_DIGITS && digits.charAt(0) == TRUNK_PREFIX) {
            return digits.substring(1);
        }
        return digits;
    }

    private static boolean isFormatting(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t' || c == '.' || c == '-' || c == '(' || c == ')';
    }

    /** The nine digits after 0 or +84: what {@code lookup_phone_key} gives for the same number. */
    public String national() {
        return national;
    }

    /** E.164, as SMS gateways take it: {@code +84912345678}. */
    public String e164() {
        return "+" + COUNTRY_CODE + national;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && national.equals(that.national);
    }

    @Override
    public int hashCode() {
        return national.hashCode();
    }

    /** Masked, so that a stray log line holds no number. */
    @Override
    public String toString() {
        return "+" + COUNTRY_CODE + "*".repeat(NATIONAL_DIGITS);
    }
}
