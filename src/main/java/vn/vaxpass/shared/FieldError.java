package vn.vaxpass.shared;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One reason certificate data was refused: the field (a path such as {@code doses[0].product} in the
 * record, or {@code $.v[0].mp} in the DCC), a stable machine-readable code, and a message a clerk can act on.
 */
@RegisterForReflection
public record FieldError(String field, String code, String message) {
}
