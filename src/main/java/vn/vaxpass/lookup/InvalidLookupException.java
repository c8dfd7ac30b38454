package vn.vaxpass.lookup;

import java.util.List;

import vn.vaxpass.shared.FieldError;

/** A lookup whose input cannot be read, field by field. Says nothing about who exists. */
public class InvalidLookupException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidLookupException(List<FieldError> errors) {
        super("The lookup cannot be read as it is; correct the fields listed.", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
