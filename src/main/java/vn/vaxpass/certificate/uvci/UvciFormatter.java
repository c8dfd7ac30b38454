package vn.vaxpass.certificate.uvci;

import static vn.vaxpass.certificate.uvci.Uvci.CHECKSUM_DELIMITER;
import static vn.vaxpass.certificate.uvci.Uvci.FIELD_SEPARATOR;
import static vn.vaxpass.certificate.uvci.Uvci.PREFIX;
import static vn.vaxpass.certificate.uvci.Uvci.VERSION_01;

/**
 * Makes a UVCI from an opaque identifier: {@code URN:UVCI:01:<country>:<identifier>}, followed by
 * {@code #<check character>} when the checksum is on (guidelines Annex 2: a Member State should use one
 * where transcription errors are likely, e.g. in print; the caller takes the choice from configuration).
 * The result is checked by {@link UvciParser}, so an identifier the parser would refuse is refused here.
 */
public final class UvciFormatter {

    private final String country;
    private final boolean withChecksum;
    private final UvciParser parser;

    /** A formatter for Vietnam ({@link Uvci#COUNTRY_VN}). */
    public UvciFormatter(boolean withChecksum) {
        this(Uvci.COUNTRY_VN, withChecksum);
    }

    public UvciFormatter(String country, boolean withChecksum) {
        if (country == null || !Uvci.COUNTRY_CODE.matcher(country).matches()) {
            throw new InvalidUvciException(UvciError.INVALID_COUNTRY, "country '" + country + "' is not ISO 3166-1 alpha-2");
        }
        this.country = country;
        this.withChecksum = withChecksum;
        this.parser = new UvciParser(withChecksum);
    }

    /**
     * The UVCI for the identifier: upper-case A–Z and 0–9, optionally structured by {@code /} and {@code :}.
     *
     * @throws InvalidUvciException with the rule the identifier breaks (e.g. {@link UvciError#TOO_LONG},
     *         {@link UvciError#INVALID_CHARACTER}, {@link UvciError#MALFORMED_IDENTIFIER})
     */
    public Uvci format(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new InvalidUvciException(UvciError.EMPTY_IDENTIFIER, "no identifier");
        }
        for (int i = 0; i < identifier.length(); i++) {
            if (!UvciChecksum.isCodePoint(identifier.charAt(i))) {
                throw new InvalidUvciException(UvciError.INVALID_CHARACTER,
                        String.format("U+%04X at %d of the identifier", (int) identifier.charAt(i), i));
            }
        }
        String text = PREFIX + VERSION_01 + FIELD_SEPARATOR + country + FIELD_SEPARATOR + identifier;
        String uvci = withChecksum ? text + CHECKSUM_DELIMITER + UvciChecksum.compute(text) : text;
        return parser.parse(uvci).orElseThrow();
    }
}
