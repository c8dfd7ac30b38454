package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vaxpass.signing.CoseAlgorithm;

class SigningBeansReadTheConfiguredCertificate {

    @TempDir
    Path dir;

    @Test
    void prefersInlinePemTextAsLambdaGetsIt() {
        String pem = PemFiles.toPem(SigningFixture.es256().certificate());
        assertThat(SigningBeans.configuredCertificate(config(Optional.empty(), Optional.of(pem))))
                .isEqualTo(SigningFixture.es256().certificate());
    }

    @Test
    void readsAPemFileOtherwise() throws Exception {
        Path file = dir.resolve("dsc.pem");
        Files.writeString(file, PemFiles.toPem(SigningFixture.es256().certificate()));
        assertThat(SigningBeans.configuredCertificate(config(Optional.of(file), Optional.empty())))
                .isEqualTo(SigningFixture.es256().certificate());
    }

    @Test
    void saysWhichPropertyIsMissing() {
        assertThatThrownBy(() -> SigningBeans.configuredCertificate(config(Optional.empty(), Optional.empty())))
                .isInstanceOf(SigningKeyException.class)
                .hasMessageContaining("vaxpass.signing.certificate");
    }

    @Test
    void refusesTextThatIsNoCertificate() {
        assertThatThrownBy(() -> SigningBeans.configuredCertificate(config(Optional.empty(), Optional.of("-----BEGIN NOTHING-----"))))
                .isInstanceOf(SigningKeyException.class);
    }

    private static SigningConfig config(Optional<Path> certificate, Optional<String> certificatePem) {
        return new SigningConfig() {
            public SigningMode mode() { return SigningMode.KMS; }
            public CoseAlgorithm algorithm() { return CoseAlgorithm.ES256; }
            public Path localDirectory() { return Path.of("unused"); }
            public Optional<Path> certificate() { return certificate; }
            public Optional<String> certificatePem() { return certificatePem; }
            public Optional<Path> privateKey() { return Optional.empty(); }
            public Optional<Path> pkcs12File() { return Optional.empty(); }
            public Optional<String> pkcs12Password() { return Optional.empty(); }
            public Optional<List<Path>> trustedCertificates() { return Optional.empty(); }
            public Kms kms() { return null; }
        };
    }
}
