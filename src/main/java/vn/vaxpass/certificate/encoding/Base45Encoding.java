package vn.vaxpass.certificate.encoding;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.binary.Base45;

/**
 * Base45 (RFC 9285), the QR-alphanumeric-friendly encoding of the compressed COSE message (hcert spec §4.3).
 * Decoding is strict: characters outside the alphabet, a length of 3n+1 and triplets above 65535 are refused.
 */
public final class Base45Encoding {

    private static final Base45 CODEC = new Base45();

    private Base45Encoding() {
    }

    public static String encode(byte[] data) {
        return new String(CODEC.encode(data), StandardCharsets.US_ASCII);
    }

    /** @throws IllegalArgumentException when the text is not valid Base45 */
    public static byte[] decode(String text) {
        return CODEC.decode(text.getBytes(StandardCharsets.US_ASCII));
    }
}
