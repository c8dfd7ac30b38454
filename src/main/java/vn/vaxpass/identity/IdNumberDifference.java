package vn.vaxpass.identity;

/**
 * How two ID numbers of the same kind differ, for telling a typing error from another person
 * ({@link IdNumber#difference(String, String)}). Neither is a repair: a number one substitution away from a
 * registry number is also one substitution away from about a hundred other valid numbers, so only agreement on name
 * and date of birth can make it a suggestion.
 */
public enum IdNumberDifference {
    /** Same digits. */
    IDENTICAL,
    /** Same length, one position differs: a digit typed wrong. */
    ONE_SUBSTITUTION,
    /** Same length, two neighbouring digits swapped: {@code 079085123456} and {@code 079085213456}. */
    ADJACENT_TRANSPOSITION,
    /** Anything more: a different length, two or more digits wrong, digits swapped from afar. */
    DIFFERENT
}
