package vn.vaxpass.signing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * One Document Signer Certificate in the DCC gateway's trust-list shape (eHN DCC Gateway, GET /trustList):
 * kid and rawData base64, thumbprint the hex SHA-256 of the DER.
 */
@RegisterForReflection
public record TrustListEntry(String kid, String country, String certificateType, String thumbprint, String rawData) {

    public static final String DSC = "DSC";

    public static TrustListEntry of(X509Certificate certificate) {
        try {
            byte[] der = certificate.getEncoded();
            return new TrustListEntry(
                    Base64.getEncoder().encodeToString(KeyIdentifier.of(certificate)),
                    countryOf(certificate),
                    DSC,
                    HexFormat.of().formatHex(KeyIdentifier.sha256(der)),
                    Base64.getEncoder().encodeToString(der));
        } catch (CertificateEncodingException e) {
            throw new SigningKeyException("certificate cannot be encoded", e);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(rawData)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SigningKeyException("trust list entry " + kid + " holds no readable certificate", e);
        }
    }

    static String countryOf(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("C".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
