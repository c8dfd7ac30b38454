package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.CoseSignatureVerifier;

class SoftwareSignerSignsVerifiablyWithItsCertificatesKey {

    private final byte[] data = "Sig_structure".getBytes(StandardCharsets.UTF_8);

    @Test
    void es256SignaturesAreDeterministicAndVerify() {
        SoftwareSigner signer = SigningFixture.es256();
        byte[] first = signer.sign(data);
        assertThat(first).hasSize(64).isEqualTo(signer.sign(data));
        assertThat(new CoseSignatureVerifier(signer.certificate().getPublicKey()).verify(CoseAlgorithm.ES256, data, first)).isTrue();
    }

    @Test
    void ps256SignaturesVerifyWithSalt32() throws Exception {
        SoftwareSigner signer = SigningFixture.signer(CoseAlgorithm.PS256);
        assertThat(signer.algorithm()).isEqualTo(CoseAlgorithm.PS256);
        byte[] signature = signer.sign(data);
        assertThat(new CoseSignatureVerifier(signer.certificate().getPublicKey()).verify(CoseAlgorithm.PS256, data, signature)).isTrue();

        java.security.Signature jdk = java.security.Signature.getInstance("RSASSA-PSS");
        jdk.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        jdk.initVerify(signer.certificate().getPublicKey());
        jdk.update(data);
        assertThat(jdk.verify(signature)).isTrue();
    }

    @Test
    void kidIsTheFirstEightBytesOfTheCertificateHash() throws Exception {
        SoftwareSigner signer = SigningFixture.es256();
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded());
        assertThat(signer.kid()).isEqualTo(java.util.Arrays.copyOf(hash, 8));
    }

    @Test
    void loadsAPkcs12File(@TempDir Path dir) throws Exception {
        Path keys = SigningFixture.directory(CoseAlgorithm.ES256);
        SigningFixture.es256();
        PrivateKey key = PemFiles.readPrivateKey(keys.resolve(LocalSigningKeys.DSC_KEY));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("dsc", key, "secret".toCharArray(),
                new Certificate[] {PemFiles.readCertificate(keys.resolve(LocalSigningKeys.DSC_CERTIFICATE))});
        Path p12 = dir.resolve("dsc.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "secret".toCharArray());
        }
        assertThat(SoftwareSigner.fromPkcs12(p12, "secret".toCharArray()).kid()).isEqualTo(SigningFixture.es256().kid());
    }

    @Test
    void refusesAKeyThatDoesNotBelongToTheCertificate() {
        Path keys = SigningFixture.directory(CoseAlgorithm.ES256);
        SigningFixture.es256();
        PrivateKey strangersKey = PemFiles.readPrivateKey(keys.resolve(LocalSigningKeys.CSCA_KEY));
        assertThatThrownBy(() -> new SoftwareSigner(strangersKey, SigningFixture.es256().certificate()))
                .isInstanceOf(SigningKeyException.class)
                .hasMessageContaining("does not belong");
    }
}
