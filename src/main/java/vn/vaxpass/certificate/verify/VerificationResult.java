package vn.vaxpass.certificate.verify;

import java.util.Optional;

/**
 * The outcome of verifying one certificate: valid, or the one step that failed with its code and message.
 * {@code decoded} holds whatever could be decoded, even when a later step failed. {@code revocationChecked} says
 * whether the certificate was looked up on a revocation list: a valid result without it means "authentic, but no
 * list was at hand", which a verifier must be told.
 */
public record VerificationResult(VerificationError error, String message, DecodedCertificate decoded,
        boolean revocationChecked) {

    public static VerificationResult valid(DecodedCertificate decoded, boolean revocationChecked) {
        return new VerificationResult(null, revocationChecked ? "The certificate is valid."
                : "The certificate is valid; no revocation list was at hand to check it against.", decoded, revocationChecked);
    }

    public static VerificationResult failed(VerificationFailure failure, DecodedCertificate decoded) {
        return new VerificationResult(failure.error(), failure.getMessage(), decoded,
                failure.error() == VerificationError.CERTIFICATE_REVOKED);
    }

    public boolean isValid() {
        return error == null;
    }

    public Optional<DecodedCertificate> decodedCertificate() {
        return Optional.ofNullable(decoded);
    }
}
