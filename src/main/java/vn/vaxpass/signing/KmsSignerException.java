package vn.vaxpass.signing;

import java.util.Optional;

/**
 * The KMS signer cannot be set up or cannot sign. Carries a stable {@link Reason} and, when KMS answered with
 * an error, KMS's error code (e.g. {@code NotFoundException}, {@code DisabledException}) as plain text.
 */
public class KmsSignerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The KMS key cannot make signatures of the configured algorithm (key spec, usage, algorithms). */
        KEY_NOT_USABLE,
        /** The KMS key's public key is not the one in the Document Signer Certificate. */
        KEY_CERTIFICATE_MISMATCH,
        /** KMS answered with an error (unknown or disabled key, no permission, throttling...). */
        KMS_REJECTED,
        /** KMS could not be reached or its answer could not be read (network, timeout, credentials). */
        KMS_UNREACHABLE,
        /** KMS returned a signature that is not what the algorithm produces. */
        MALFORMED_SIGNATURE
    }

    private final Reason reason;
    private final String kmsErrorCode;

    KmsSignerException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    KmsSignerException(Reason reason, String message, String kmsErrorCode, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.kmsErrorCode = kmsErrorCode;
    }

    public Reason reason() {
        return reason;
    }

    /** KMS's error code when KMS answered with an error. */
    public Optional<String> kmsErrorCode() {
        return Optional.ofNullable(kmsErrorCode);
    }
}
