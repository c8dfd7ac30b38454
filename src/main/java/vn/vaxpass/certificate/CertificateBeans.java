package vn.vaxpass.certificate;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.signing.Signer;
import vn.vaxpass.signing.TrustList;

/** The certificate engine as application beans. */
public class CertificateBeans {

    @Produces
    @Singleton
    CertificateIssuer issuer(Signer signer) {
        return new CertificateIssuer(signer);
    }

    @Produces
    @Singleton
    CertificateIdentifiers identifiers(CertificateConfig config) {
        return new CertificateIdentifiers(config.uvciChecksum());
    }

    @Produces
    @Singleton
    CertificateVerifier verifier(TrustList trustList, Clock clock) {
        return new CertificateVerifier(trustList, clock);
    }
}
