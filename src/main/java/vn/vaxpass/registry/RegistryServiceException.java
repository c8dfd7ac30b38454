package vn.vaxpass.registry;

/**
 * The registry service could not give a fetch's people. {@link #code()} names the failure point, one code each;
 * the message says what happened (a status, a timeout, a field's position) and never names or numbers a person.
 */
public class RegistryServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Code {
        /** No connection could be made, or the service answered 429 or 5xx, on every attempt. */
        REGISTRY_UNAVAILABLE,
        /** The service sent no answer within the read timeout, on every attempt. */
        REGISTRY_TIMED_OUT,
        /** The service refused the request (a 4xx other than 429): the same request cannot succeed later. */
        REGISTRY_REJECTED_REQUEST,
        /** The service answered, but not with the contract's answer (not JSON, a field missing or malformed). */
        REGISTRY_INVALID_ANSWER;

        /** Whether another attempt may succeed where this one failed. */
        boolean isTransient() {
            return this == REGISTRY_UNAVAILABLE || this == REGISTRY_TIMED_OUT;
        }
    }

    private final Code code;
    private final String detail;

    RegistryServiceException(Code code, String detail) {
        this(code, detail, null);
    }

    RegistryServiceException(Code code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
    }

    public Code code() {
        return code;
    }

    boolean isTransient() {
        return code.isTransient();
    }

    /** The same failure, told as the last of a number of attempts. */
    RegistryServiceException afterAttempts(int attempts) {
        return new RegistryServiceException(code,
                detail + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"), getCause());
    }
}
