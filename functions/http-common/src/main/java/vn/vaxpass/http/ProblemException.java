package vn.vaxpass.http;

import java.util.List;

import jakarta.ws.rs.core.Response;

import vn.vaxpass.shared.FieldError;

/** Ends a request with a problem answer: the status, the stable code, and a message a person can act on. */
public class ProblemException extends RuntimeException {

    /** 422 Unprocessable Content (RFC 9110 §15.5.21), which {@link Response.Status} does not list. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private final int status;
    private final String code;
    private final List<FieldError> errors;

    public ProblemException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** A problem with the fields at fault, each with its own code. */
    public ProblemException(int status, String code, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(Response.Status status, String code, String message) {
        this(status.getStatusCode(), code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
