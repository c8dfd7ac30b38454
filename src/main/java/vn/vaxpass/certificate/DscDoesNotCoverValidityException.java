package vn.vaxpass.certificate;

import java.security.cert.X509Certificate;

import vn.vaxpass.shared.ValidityWindow;
/** The signing certificate's validity does not cover the certificate's (hcert spec §3.3.1): nothing was signed. */
public class DscDoesNotCoverValidityException extends RuntimeException {

    public static final String CODE = "DSC_DOES_NOT_COVER_VALIDITY";

    public DscDoesNotCoverValidityException(X509Certificate dsc, ValidityWindow window) {
        super("The signing certificate (DSC) is valid from " + dsc.getNotBefore().toInstant() + " to "
                + dsc.getNotAfter().toInstant() + "; it cannot sign a certificate valid from " + window.issuedAt()
                + " to " + window.expiresAt() + ".");
    }
}
