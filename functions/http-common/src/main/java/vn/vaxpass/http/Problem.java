package vn.vaxpass.http;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vaxpass.shared.FieldError;

/**
 * The body of every 4xx and 5xx answer: a stable machine-readable code, a message a clerk can act on,
 * and, for invalid data, the fields at fault; for a refused transition, the state the record is in. Never a stack
 * trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@RegisterForReflection
public record Problem(String code, String message, List<FieldError> errors, String currentState) {

    /** A problem that is not about a state: every one but a refused transition. */
    public Problem(String code, String message, List<FieldError> errors) {
        this(code, message, errors, null);
    }

    public static Problem of(String code, String message) {
        return new Problem(code, message, List.of());
    }
}
