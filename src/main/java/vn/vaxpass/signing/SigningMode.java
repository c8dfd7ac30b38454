package vn.vaxpass.signing;

/** Where the DSC private key lives. */
public enum SigningMode {
    /** Development keys generated on first start in {@code vaxpass.signing.local-directory}. */
    LOCAL,
    /** A PEM certificate and a PEM private key. */
    PEM,
    /** A PKCS#12 file. */
    PKCS12,
    /** An AWS KMS key (production); the DSC certificate is given as PEM. */
    KMS
}
