package vn.vaxpass.certificate.revocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The EU DCC revocation list's entry for a certificate, hash type {@code UCI}: SHA-256 over the UVCI exactly as the
 * certificate's {@code ci} carries it (UTF-8, checksum included), of which the list carries the first 128 bits,
 * Base64-encoded (24 characters), as the DCC gateway's revocation batches do. The shared conformance data
 * ({@code ../shared/dcc}) says nothing about revocation; this follows the gateway's batch format.
 */
public final class RevocationHash {

    /** The DCC gateway's hash types are UCI, COUNTRYCODEUCI and SIGNATURE; this list uses UCI. */
    public static final String HASH_TYPE = "UCI";
    /** The first 128 bits of the SHA-256. */
    public static final int ENTRY_BYTES = 16;

    private RevocationHash() {
    }

    public static String of(String uvci) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uvci.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(Arrays.copyOf(digest, ENTRY_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
