package vn.vaxpass.http;

import jakarta.ws.rs.core.Response;

/** Ends a request with a problem answer: the status, the stable code, and a message a person can act on. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final String code;

    public ProblemException(Response.Status status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public Response.Status status() {
        return status;
    }

    public String code() {
        return code;
    }
}
