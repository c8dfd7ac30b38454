package vn.vaxpass.database;

import java.util.Optional;

/**
 * The database secret cannot be read or understood. The message names the secret and Secrets Manager's error code,
 * never the secret's value.
 */
public class DatabaseSecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    DatabaseSecretException(String message, String errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** Secrets Manager's error code ({@code ResourceNotFoundException}, {@code AccessDeniedException}...), if it answered. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }
}
