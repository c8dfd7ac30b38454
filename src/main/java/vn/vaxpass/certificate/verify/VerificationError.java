package vn.vaxpass.certificate.verify;

/**
 * The one step of the verification chain that failed, each with its own code (step order as in hcert spec §4
 * backwards, then the revocation list: a revoked certificate is still authentic and well-formed).
 */
public enum VerificationError {
    INVALID_SCHEME_PREFIX("The text does not start with HC1:."),
    BASE45_DECODING_FAILED("The text after HC1: is not valid Base45."),
    DECOMPRESSION_FAILED("The data is not a valid zlib stream."),
    COSE_DECODING_FAILED("The data is not a COSE_Sign1 message."),
    CWT_DECODING_FAILED("The signed content is not a CWT carrying an EU DCC."),
    UNSUPPORTED_ALGORITHM("The signature algorithm is not ES256 or PS256."),
    KID_MISSING("The certificate names no signing key (kid)."),
    KEY_NOT_IN_TRUST_LIST("The signing key is not in the trust list."),
    SIGNATURE_INVALID("The signature does not match the content."),
    KEY_USAGE_MISMATCH("The signing certificate may not sign this kind of certificate."),
    ISSUED_BEFORE_DSC_VALIDITY("The certificate was issued before its signing certificate became valid."),
    CWT_NOT_YET_VALID("The certificate is not valid yet."),
    CWT_EXPIRED("The certificate has expired."),
    EXPIRES_AFTER_DSC_VALIDITY("The certificate outlives its signing certificate."),
    SCHEMA_INVALID("The certificate's content does not follow the EU DCC schema."),
    CERTIFICATE_REVOKED("The certificate has been revoked by its issuer.");

    private final String description;

    VerificationError(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
