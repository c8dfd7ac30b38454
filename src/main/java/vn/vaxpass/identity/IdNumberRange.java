package vn.vaxpass.identity;

/**
 * The numbers a rounded scientific notation can stand for: {@code 7.91E+10} is what a spreadsheet shows for any
 * number from 79,050,000,000 to 79,149,999,999 (it rounds to the digits shown), so with the leading zero back the
 * 12-digit number lies from {@code 079050000000} to {@code 079149999999}. Not a prefix: {@code 079085123456} is
 * in this range although it does not start with 0791.
 *
 * <p>Both ends have the same number of digits and are well formed; numbers between them may not be (a range can span
 * a province code no province has). Use it to narrow a registry search, with the record's name and date of birth
 * deciding.
 *
 * @param lowest the smallest number, zero-padded
 * @param highest the largest number, same length
 */
public record IdNumberRange(String lowest, String highest) {

    public IdNumberRange {
        if (lowest.length() != highest.length() || lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException(lowest + " to " + highest + " is not a range of same-length numbers");
        }
    }

    /** Number of digits of every number in the range. */
    public int length() {
        return lowest.length();
    }

    /** True when {@code digits} has the range's length and lies within it. */
    public boolean contains(String digits) {
        // Same-length ASCII digit strings compare like the numbers they write.
        return digits.length() == lowest.length()
                && digits.compareTo(lowest) >= 0 && digits.compareTo(highest) <= 0;
    }

    @Override
    public String toString() {
        return lowest + ".." + highest;
    }
}
