package vn.vaxpass.certificate.encoding;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.binary.Base45;

/**
 * Base45 (RFC 9285), the QR-alphanumeric-friendly encoding of the compressed COSE message (hcert spec §4.3).
 * Encoding is written out here (RFC 9285 §4): commons-codec's grows its buffer as it goes and cost more
 * than a tenth of issuing a certificate (measured). Decoding is commons-codec's, strict: characters outside
 * the alphabet, a length of 3n+1 and triplets above 65535 are refused.
 */
public final class Base45Encoding {

    /** RFC 9285 §4.2: the 45 characters, by value. */
    private static final byte[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".getBytes(StandardCharsets.US_ASCII);
    private static final int BASE = ALPHABET.length;
    private static final Base45 CODEC = new Base45();

    private Base45Encoding() {
    }

    /** Each two bytes a·256 + b = c + 45d + 45²e become c d e; a last single byte a = c + 45d becomes c d. */
    public static String encode(byte[] data) {
        int pairs = data.length / 2;
        byte[] text = new byte[3 * pairs + 2 * (data.length % 2)];
        int out = 0;
        for (int i = 0; i < 2 * pairs; i += 2) {
            int n = (data[i] & 0xff) << 8 | (data[i + 1] & 0xff);
            text[out++] = ALPHABET[n % BASE];
            text[out++] = ALPHABET[n / BASE % BASE];
            text[out++] = ALPHABET[n / (BASE * BASE)];
        }
        if (data.length % 2 == 1) {
            int n = data[data.length - 1] & 0xff;
            text[out++] = ALPHABET[n % BASE];
            text[out] = ALPHABET[n / BASE];
        }
        return new String(text, StandardCharsets.US_ASCII);
    }

    /** @throws IllegalArgumentException when the text is not valid Base45 */
    public static byte[] decode(String text) {
        return CODEC.decode(text.getBytes(StandardCharsets.US_ASCII));
    }
}
