package vn.vaxpass.certificate.uvci;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A well-formed UVCI: {@code URN:UVCI:01:VN:<identifier>[#<check character>]} (guidelines Annex 2;
 * prefix from the DCC schema FAQ, "UVCI checksum" / "Prefix"). Made by {@link UvciFormatter} or
 * {@link UvciParser}, never directly, so an instance always satisfies every rule of {@link UvciError}.
 */
public final class Uvci {

    /** Prefix of every DCC certificate identifier; part of the checksummed text. */
    public static final String PREFIX = "URN:UVCI:";
    /** The only UVCI schema version so far (Annex 2: "{@code 01} for this version of the document"). */
    public static final String VERSION_01 = "01";
    /** Vietnam, ISO 3166-1 alpha-2. */
    public static final String COUNTRY_VN = "VN";
    /** Separates fields (version, country, identifier parts). */
    public static final char FIELD_SEPARATOR = ':';
    /** Separates components within a field. */
    public static final char COMPONENT_SEPARATOR = '/';
    /** Precedes the check character; nowhere else. */
    public static final char CHECKSUM_DELIMITER = '#';
    /** The DCC JSON schema's limit for {@code ci} (schema 1.3, {@code certificate_id}), checksum included. */
    public static final int MAX_LENGTH = 80;

    /** ISO 3166-1 alpha-2; Annex 2 reserves longer codes (e.g. {@code UNHCR}) for future use. */
    static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final String version;
    private final String country;
    private final String identifier;
    private final Character checkCharacter;

    Uvci(String version, String country, String identifier, Character checkCharacter) {
        this.version = version;
        this.country = country;
        this.identifier = identifier;
        this.checkCharacter = checkCharacter;
    }

    public String version() {
        return version;
    }

    public String country() {
        return country;
    }

    /** The opaque identifier after the country, without checksum. */
    public String identifier() {
        return identifier;
    }

    public Optional<Character> checkCharacter() {
        return Optional.ofNullable(checkCharacter);
    }

    /** The text the check character is computed over: the whole UVCI up to (without) {@code #}. */
    public String withoutChecksum() {
        return PREFIX + version + FIELD_SEPARATOR + country + FIELD_SEPARATOR + identifier;
    }

    /** The UVCI as it goes into the DCC's {@code ci} field. */
    public String value() {
        String text = withoutChecksum();
        return checkCharacter == null ? text : text + CHECKSUM_DELIMITER + checkCharacter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uvci && ((Uvci) other).value().equals(value());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value());
    }

    @Override
    public String toString() {
        return value();
    }
}
