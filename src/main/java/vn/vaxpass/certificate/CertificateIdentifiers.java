package vn.vaxpass.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.vaxpass.certificate.uvci.UvciFormatter;

/**
 * Derives a certificate's UVCI from what it certifies, so that no identifier has to be stored: the same
 * parts always give the same UVCI, different parts (another subject, record version or validity window)
 * practically never do. Vietnam's form: {@code URN:UVCI:01:VN:} + 32 upper-case hex characters.
 */
public final class CertificateIdentifiers {

    /** 16 bytes of SHA-256: 32 hex characters, as Vietnam's production UVCIs have. */
    public static final int IDENTIFIER_BYTES = 16;
    private static final byte PART_SEPARATOR = 0;

    private final UvciFormatter formatter;

    public CertificateIdentifiers(boolean withChecksum) {
        this.formatter = new UvciFormatter(withChecksum);
    }

    public String derive(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update(PART_SEPARATOR);
            }
            byte[] digest = sha256.digest();
            String identifier = HexFormat.of().withUpperCase().formatHex(digest, 0, IDENTIFIER_BYTES);
            return formatter.format(identifier).value();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
