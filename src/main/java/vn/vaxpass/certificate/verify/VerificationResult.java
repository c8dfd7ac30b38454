package vn.vaxpass.certificate.verify;

import java.util.Optional;

/**
 * The outcome of verifying one certificate: valid, or the one step that failed with its code and message.
 * {@code decoded} holds whatever could be decoded, even when a later step failed.
 */
public record VerificationResult(VerificationError error, String message, DecodedCertificate decoded) {

    public static VerificationResult valid(DecodedCertificate decoded) {
        return new VerificationResult(null, "The certificate is valid.", decoded);
    }

    public static VerificationResult failed(VerificationFailure failure, DecodedCertificate decoded) {
        return new VerificationResult(failure.error(), failure.getMessage(), decoded);
    }

    public boolean isValid() {
        return error == null;
    }

    public Optional<DecodedCertificate> decodedCertificate() {
        return Optional.ofNullable(decoded);
    }
}
