package vn.vaxpass.signing;

import java.security.cert.X509Certificate;

import vn.vaxpass.signing.CoseAlgorithm;

/**
 * Signs COSE Sig_structures with a Document Signer Certificate's private key.
 * Two implementations: a software key (PKCS#12 or PEM) and an AWS KMS key.
 */
public interface Signer {

    CoseAlgorithm algorithm();

    /** The Document Signer Certificate whose key this signer uses. */
    X509Certificate certificate();

    /**
     * Signs the bytes in the form COSE wants: for ES256 the 64-byte r||s concatenation (RFC 8152 §8.1),
     * for PS256 the plain RSASSA-PSS signature.
     */
    byte[] sign(byte[] toBeSigned);

    /** The key identifier: first 8 bytes of SHA-256 over the DSC's DER encoding (hcert spec §3.3.1). */
    default byte[] kid() {
        return KeyIdentifier.of(certificate());
    }
}
