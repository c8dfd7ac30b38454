package vn.vaxpass.certificate.uvci;

import static vn.vaxpass.certificate.uvci.Uvci.CHECKSUM_DELIMITER;
import static vn.vaxpass.certificate.uvci.Uvci.COMPONENT_SEPARATOR;
import static vn.vaxpass.certificate.uvci.Uvci.FIELD_SEPARATOR;
import static vn.vaxpass.certificate.uvci.Uvci.MAX_LENGTH;
import static vn.vaxpass.certificate.uvci.Uvci.PREFIX;
import static vn.vaxpass.certificate.uvci.Uvci.VERSION_01;
import static vn.vaxpass.certificate.uvci.UvciParseResult.invalid;

/**
 * Reads a UVCI and, when it is not one, tells the first rule it breaks (guidelines Annex 2; DCC schema FAQ,
 * "UVCI checksum"). Strict, as an issuer must be: upper case only, prefix required, any ISO 3166-1 alpha-2
 * country. A checksum, when present, must be right; whether one must be present is the caller's choice.
 */
public final class UvciParser {

    private final boolean checksumRequired;

    public UvciParser(boolean checksumRequired) {
        this.checksumRequired = checksumRequired;
    }

    public UvciParseResult parse(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return invalid(UvciError.EMPTY, "no UVCI");
        }
        if (candidate.length() > MAX_LENGTH) {
            return invalid(UvciError.TOO_LONG, candidate.length() + " characters, at most " + MAX_LENGTH);
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!UvciChecksum.isCodePoint(c) && c != CHECKSUM_DELIMITER) {
                return invalid(UvciError.INVALID_CHARACTER, String.format("U+%04X at %d", (int) c, i));
            }
        }
        if (!candidate.startsWith(PREFIX)) {
            return invalid(UvciError.MISSING_PREFIX, "does not start with " + PREFIX);
        }
        int delimiter = candidate.indexOf(CHECKSUM_DELIMITER);
        boolean hasChecksum = delimiter >= 0;
        if (hasChecksum && (delimiter != candidate.length() - 2 || candidate.endsWith(String.valueOf(CHECKSUM_DELIMITER)))) {
            return invalid(UvciError.MALFORMED_CHECKSUM,
                    "'" + CHECKSUM_DELIMITER + "' at " + delimiter + " must be followed by exactly one check character");
        }
        String text = hasChecksum ? candidate.substring(0, delimiter) : candidate;
        return parseFields(text, hasChecksum ? candidate.charAt(candidate.length() - 1) : null);
    }

    private UvciParseResult parseFields(String text, Character checkCharacter) {
        String fields = text.substring(PREFIX.length());
        int afterVersion = fields.indexOf(FIELD_SEPARATOR);
        String version = afterVersion < 0 ? fields : fields.substring(0, afterVersion);
        if (!version.equals(VERSION_01)) {
            return invalid(UvciError.UNSUPPORTED_VERSION, "version '" + version + "', expected " + VERSION_01);
        }
        if (afterVersion < 0) {
            return invalid(UvciError.INVALID_COUNTRY, "no country after the version");
        }
        String rest = fields.substring(afterVersion + 1);
        int afterCountry = rest.indexOf(FIELD_SEPARATOR);
        String country = afterCountry < 0 ? rest : rest.substring(0, afterCountry);
        if (!Uvci.COUNTRY_CODE.matcher(country).matches()) {
            return invalid(UvciError.INVALID_COUNTRY, "country '" + country + "' is not ISO 3166-1 alpha-2");
        }
        String identifier = afterCountry < 0 ? "" : rest.substring(afterCountry + 1);
        if (identifier.isEmpty()) {
            return invalid(UvciError.EMPTY_IDENTIFIER, "nothing after the country");
        }
        if (hasEmptyComponent(identifier)) {
            return invalid(UvciError.MALFORMED_IDENTIFIER,
                    "identifier '" + identifier + "' starts or ends with a separator or has two in a row");
        }
        if (checkCharacter == null) {
            return checksumRequired
                    ? invalid(UvciError.MISSING_CHECKSUM, "no '" + CHECKSUM_DELIMITER + "' and check character")
                    : UvciParseResult.valid(new Uvci(version, country, identifier, null));
        }
        if (!UvciChecksum.verify(text, checkCharacter)) {
            return invalid(UvciError.CHECKSUM_MISMATCH,
                    "check character '" + checkCharacter + "', expected '" + UvciChecksum.compute(text) + "'");
        }
        return UvciParseResult.valid(new Uvci(version, country, identifier, checkCharacter));
    }

    private static boolean hasEmptyComponent(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            boolean separator = isSeparator(identifier.charAt(i));
            boolean atEdge = i == 0 || i == identifier.length() - 1;
            if (separator && (atEdge || isSeparator(identifier.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == FIELD_SEPARATOR || c == COMPONENT_SEPARATOR;
    }
}
