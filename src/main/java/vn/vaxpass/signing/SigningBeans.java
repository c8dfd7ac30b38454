package vn.vaxpass.signing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the configured signer and the trust list verification uses (the signer's DSC and any extra DSCs). */
public class SigningBeans {

    @Produces
    @Singleton
    Signer signer(SigningConfig config, Clock clock) {
        return switch (config.mode()) {
            case LOCAL -> LocalSigningKeys.loadOrCreate(config.localDirectory(), config.algorithm(), clock);
            case PEM -> SoftwareSigner.fromPem(required(config.certificate(), "certificate"),
                    required(config.privateKey(), "private-key"));
            case PKCS12 -> SoftwareSigner.fromPkcs12(required(config.pkcs12File(), "pkcs12-file"),
                    config.pkcs12Password().orElse("").toCharArray());
            case KMS -> KmsSigners.fromConfig(config);
        };
    }

    @Produces
    @Singleton
    TrustList trustList(SigningConfig config, Instance<Signer> signer) {
        // With a KMS key the certificate is configured: reading it spares the verifier a call to KMS.
        X509Certificate own = switch (config.mode()) {
            case PEM, KMS -> configuredCertificate(config);
            case LOCAL, PKCS12 -> signer.get().certificate();
        };
        List<X509Certificate> certificates = new ArrayList<>();
        certificates.add(own);
        config.trustedCertificates().orElse(List.of()).stream()
                .map(PemFiles::readCertificate)
                .filter(c -> !c.equals(own))
                .forEach(certificates::add);
        return TrustList.of(certificates);
    }

    /** The DSC certificate from {@code certificate-pem} (inline text) or else {@code certificate} (a file). */
    static X509Certificate configuredCertificate(SigningConfig config) {
        return config.certificatePem().map(PemFiles::parseCertificate)
                .orElseGet(() -> PemFiles.readCertificate(required(config.certificate(), "certificate")));
    }

    static Path required(java.util.Optional<Path> value, String property) {
        return value.orElseThrow(() -> new SigningKeyException("vaxpass.signing." + property + " must be set for this signing mode"));
    }
}
