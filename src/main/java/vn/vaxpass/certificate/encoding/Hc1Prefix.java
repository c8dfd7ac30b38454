package vn.vaxpass.certificate.encoding;

import java.util.Optional;

/** The context identifier that starts every health certificate 1 string (hcert spec §4.1). */
public final class Hc1Prefix {

    public static final String PREFIX = "HC1:";

    private Hc1Prefix() {
    }

    public static String add(String base45) {
        return PREFIX + base45;
    }

    /** The Base45 part, or empty when the text does not start with {@value #PREFIX}. */
    public static Optional<String> strip(String text) {
        return text != null && text.startsWith(PREFIX)
                ? Optional.of(text.substring(PREFIX.length()))
                : Optional.empty();
    }
}
