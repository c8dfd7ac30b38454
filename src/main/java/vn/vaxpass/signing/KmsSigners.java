package vn.vaxpass.signing;

import java.net.URI;

/** The KMS signer from configuration: the key id, its region, and the DSC certificate issued for it. */
final class KmsSigners {

    private KmsSigners() {
    }

    static Signer fromConfig(SigningConfig config) {
        String keyId = config.kms().keyId()
                .orElseThrow(() -> new SigningKeyException("vaxpass.signing.kms.key-id must be set for the kms signing mode"));
        String region = config.kms().region()
                .orElseThrow(() -> new SigningKeyException("vaxpass.signing.kms.region must be set for the kms signing mode"));
        return new KmsSigner(KmsClients.create(region, config.kms().endpoint().map(URI::create)), keyId,
                config.algorithm(), SigningBeans.configuredCertificate(config));
    }
}
