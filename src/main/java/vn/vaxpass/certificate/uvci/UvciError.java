package vn.vaxpass.certificate.uvci;

/**
 * Why a string is not a valid UVCI: one stable code per rule, checked in this order (guidelines Annex 2;
 * DCC schema FAQ "UVCI checksum"). The names are part of the API: logs and HTTP problems carry them.
 */
public enum UvciError {
    /** Null or empty. */
    EMPTY,
    /** Longer than {@link Uvci#MAX_LENGTH} characters, checksum included. */
    TOO_LONG,
    /** A character outside upper-case A–Z, 0–9, {@code /}, {@code :} and the checksum's {@code #}. */
    INVALID_CHARACTER,
    /** Does not start with {@link Uvci#PREFIX}. */
    MISSING_PREFIX,
    /** A {@code #} that is not the one before the last character. */
    MALFORMED_CHECKSUM,
    /** A version other than {@link Uvci#VERSION_01}. */
    UNSUPPORTED_VERSION,
    /** The country is not two letters (ISO 3166-1 alpha-2) followed by {@code :}. */
    INVALID_COUNTRY,
    /** Nothing after the country. */
    EMPTY_IDENTIFIER,
    /** The identifier starts or ends with a separator, or has two in a row (an empty component). */
    MALFORMED_IDENTIFIER,
    /** No checksum where the caller requires one. */
    MISSING_CHECKSUM,
    /** The check character is not the Luhn mod N one. */
    CHECKSUM_MISMATCH
}
