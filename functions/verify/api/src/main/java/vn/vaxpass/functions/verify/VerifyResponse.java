package vn.vaxpass.functions.verify;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.certificate.verify.DecodedCertificate;
import vn.vaxpass.certificate.verify.VerificationResult;

/**
 * The verification result and, whenever it could be decoded, the certificate's content. {@code revocationChecked}:
 * whether the certificate was looked up on the deployment's revocation list; {@code valid: true} with
 * {@code revocationChecked: false} means authentic, but no list was at hand.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection(targets = {VerifyResponse.class, VerifyResponse.Certificate.class})
public record VerifyResponse(boolean valid, String error, String message, boolean revocationChecked,
        Certificate certificate) {

    /** What the certificate says: signature algorithm (COSE value), kid (base64), CWT claims, and the DCC. */
    public record Certificate(Long algorithm, String kid, String issuer, Instant issuedAt, Instant expiresAt, JsonNode dcc) {

        static Certificate of(DecodedCertificate decoded) {
            return new Certificate(decoded.algorithm(),
                    decoded.kid() == null ? null : Base64.getEncoder().encodeToString(decoded.kid()),
                    decoded.issuer(), decoded.issuedAt(), decoded.expiresAt(), decoded.dcc());
        }
    }

    public static VerifyResponse of(VerificationResult result) {
        return new VerifyResponse(result.isValid(),
                result.error() == null ? null : result.error().name(),
                result.message(),
                result.revocationChecked(),
                result.decodedCertificate().map(Certificate::of).orElse(null));
    }
}
