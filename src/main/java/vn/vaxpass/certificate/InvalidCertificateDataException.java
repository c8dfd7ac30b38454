package vn.vaxpass.certificate;

import java.util.List;
import java.util.stream.Collectors;

import vn.vaxpass.shared.FieldError;
/** The data cannot be certified as it is; nothing was signed. */
public class InvalidCertificateDataException extends RuntimeException {

    public static final String CODE = "INVALID_CERTIFICATE_DATA";

    private final transient List<FieldError> errors;

    public InvalidCertificateDataException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
