package vn.vaxpass.certificate;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

import vn.vaxpass.certificate.revocation.RevokedHashes;
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
    CertificateVerifier verifier(TrustList trustList, RevokedHashes revokedHashes, Clock clock) {
        return new CertificateVerifier(trustList, revokedHashes, clock);
    }

    /** No revocation list unless an application brings one (the verify function fetches the published list). */
    @Produces
    @Singleton
    @DefaultBean
    RevokedHashes noRevocationList() {
        return RevokedHashes.NONE;
    }
}
