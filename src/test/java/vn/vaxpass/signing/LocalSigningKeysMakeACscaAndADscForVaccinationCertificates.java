package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vaxpass.signing.CoseAlgorithm;

class LocalSigningKeysMakeACscaAndADscForVaccinationCertificates {

    private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void cscaIsASelfSignedCaWithPathLengthZeroForCertificateAndCrlSigning() throws Exception {
        LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.ES256, Clock.fixed(NOW, ZoneOffset.UTC));
        X509Certificate csca = LocalSigningKeys.csca(dir);
        csca.verify(csca.getPublicKey());
        assertThat(csca.getBasicConstraints()).isZero();
        boolean[] usage = csca.getKeyUsage();
        assertThat(usage[5]).as("keyCertSign").isTrue();
        assertThat(usage[6]).as("cRLSign").isTrue();
        assertThat(usage[0]).as("digitalSignature").isFalse();
        assertThat(csca.getSubjectX500Principal().getName()).contains("C=VN");
    }

    @Test
    void dscIsSignedByTheCscaForVaccinationCertificatesForThreeYears() throws Exception {
        SoftwareSigner signer = LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.ES256, Clock.fixed(NOW, ZoneOffset.UTC));
        X509Certificate csca = LocalSigningKeys.csca(dir);
        X509Certificate dsc = signer.certificate();
        dsc.verify(csca.getPublicKey());
        assertThat(dsc.getBasicConstraints()).isEqualTo(-1);
        assertThat(dsc.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(dsc.getExtendedKeyUsage()).containsExactly("1.3.6.1.4.1.1847.2021.1.2");
        assertThat(dsc.getSubjectX500Principal().getName()).contains("C=VN");
        assertThat(dsc.getNotBefore().toInstant().atZone(ZoneOffset.UTC).plusYears(LocalSigningKeys.DSC_VALIDITY_YEARS).toInstant())
                .isEqualTo(dsc.getNotAfter().toInstant());
        assertThat(dsc.getNotBefore().toInstant()).isBefore(NOW.minus(Duration.ofDays(360)));
        assertThat(dsc.getNotAfter().toInstant()).as("covers a certificate issued now, leap day or not")
                .isAfter(NOW.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(dsc.getNotAfter().toInstant()).as("covers a renewal computed for the window after the next")
                .isAfter(NOW.atZone(ZoneOffset.UTC).plusYears(2).toInstant());

        byte[] ski = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                csca.getExtensionValue("2.5.29.14"))).getKeyIdentifier();
        byte[] aki = AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                dsc.getExtensionValue("2.5.29.35"))).getKeyIdentifier();
        assertThat(aki).isEqualTo(ski);
    }

    @Test
    void keepsTheKeysItFoundAndHidesThePrivateOnes() throws Exception {
        SoftwareSigner first = LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.ES256, Clock.fixed(NOW, ZoneOffset.UTC));
        SoftwareSigner second = LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.ES256, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        assertThat(second.kid()).isEqualTo(first.kid());
        assertThat(Files.getPosixFilePermissions(dir.resolve(LocalSigningKeys.DSC_KEY)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void makesAnRsaDscForPs256() {
        SoftwareSigner signer = LocalSigningKeys.loadOrCreate(dir, CoseAlgorithm.PS256, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(signer.algorithm()).isEqualTo(CoseAlgorithm.PS256);
        assertThat(signer.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }
}
