package vn.vaxpass.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/** The DCC key identifier (kid): the first 8 bytes of the SHA-256 digest of a DSC's DER encoding. */
public final class KeyIdentifier {

    public static final int LENGTH = 8;

    private KeyIdentifier() {
    }

    public static byte[] of(X509Certificate certificate) {
        try {
            return Arrays.copyOf(sha256(certificate.getEncoded()), LENGTH);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
