package vn.vaxpass.signing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.vaxpass.signing.CoseAlgorithm;

/** {@code vaxpass.signing.*}: which key signs certificates, and which DSCs verification trusts. */
@ConfigMapping(prefix = "vaxpass.signing")
public interface SigningConfig {

    @WithDefault("local")
    SigningMode mode();

    /** For generated development keys: ES256 (P-256) or PS256 (RSA). */
    @WithDefault("ES256")
    CoseAlgorithm algorithm();

    /** Where development keys are generated and kept: outside the repository. */
    @WithDefault("${user.home}/.vaxpass/keys")
    Path localDirectory();

    /** The DSC certificate (PEM file), for the pem and kms modes. */
    Optional<Path> certificate();

    /** The DSC certificate as PEM text, instead of a file (Lambda gets it through its environment). */
    Optional<String> certificatePem();

    /** The DSC private key (PEM, PKCS#8 or traditional), for the pem mode. */
    Optional<Path> privateKey();

    /** The PKCS#12 file and its password, for the pkcs12 mode. */
    Optional<Path> pkcs12File();

    Optional<String> pkcs12Password();

    /** Further DSCs to trust when verifying (earlier keys, other issuers), as PEM files. */
    Optional<List<Path>> trustedCertificates();

    Kms kms();

    /** The AWS KMS key, for the kms mode. */
    interface Kms {
        Optional<String> keyId();

        Optional<String> region();

        /** Only for tests against a KMS-compatible endpoint. */
        Optional<String> endpoint();
    }
}
