package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.certificate.revocation.RevokedHashes;
import vn.vaxpass.certificate.uvci.UvciChecksum;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/** The revocation step: after signature, time and schema, the certificate's UVCI hash is looked up on the list. */
class VerifierRefusesARevokedCertificate {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final Instant NOW = ISSUED.plusSeconds(86_400);
    private static final String BARE_UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";
    private static final String UVCI = BARE_UVCI + "#" + UvciChecksum.compute(BARE_UVCI);
    private static final String OTHER_UVCI = "URN:UVCI:01:VN:FEDCBA9876543210FEDCBA9876543210";

    private final SoftwareSigner signer = SigningFixture.es256();
    private final IssuedCertificate certificate = new CertificateIssuer(signer).issue(aRecord().build(), UVCI, ISSUED);

    private VerificationResult verifiedAgainst(RevokedHashes list) {
        return new CertificateVerifier(TrustList.of(signer.certificate()), list, Clock.fixed(NOW, ZoneOffset.UTC))
                .verify(certificate.hc1());
    }

    @Test
    void aCertificateWhoseUvciHashIsListedIsCertificateRevoked() {
        VerificationResult result = verifiedAgainst(RevokedHashes.of(Set.of(RevocationHash.of(OTHER_UVCI),
                RevocationHash.of(UVCI))));

        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).isEqualTo(VerificationError.CERTIFICATE_REVOKED);
        assertThat(result.message()).isEqualTo(VerificationError.CERTIFICATE_REVOKED.description());
        assertThat(result.revocationChecked()).isTrue();
        assertThat(result.decodedCertificate()).as("still shown: it is authentic").isPresent();
    }

    @Test
    void aCertificateNotOnTheListIsValidAndSaysItWasChecked() {
        VerificationResult result = verifiedAgainst(RevokedHashes.of(Set.of(RevocationHash.of(OTHER_UVCI))));

        assertThat(result.isValid()).isTrue();
        assertThat(result.revocationChecked()).isTrue();
        assertThat(result.message()).isEqualTo("The certificate is valid.");
    }

    @Test
    void theHashIsOfTheUvciWithItsChecksumAsTheCertificateCarriesIt() {
        assertThat(verifiedAgainst(RevokedHashes.of(Set.of(RevocationHash.of(BARE_UVCI)))).isValid()).isTrue();
    }

    @Test
    void withoutAListAtHandAnAuthenticCertificateIsValidButSaysNoRevocationWasChecked() {
        VerificationResult result = verifiedAgainst(RevokedHashes.NONE);

        assertThat(result.isValid()).isTrue();
        assertThat(result.revocationChecked()).isFalse();
        assertThat(result.message()).contains("no revocation list");
    }

    @Test
    void aForgedCertificateFailsOnItsSignatureWhateverTheListSays() {
        SoftwareSigner stranger = SigningFixture.stranger();
        IssuedCertificate forged = new CertificateIssuer(stranger).issue(aRecord().build(), UVCI, ISSUED);
        VerificationResult result = new CertificateVerifier(TrustList.of(signer.certificate()),
                RevokedHashes.of(Set.of(RevocationHash.of(UVCI))), Clock.fixed(NOW, ZoneOffset.UTC)).verify(forged.hc1());

        assertThat(result.error()).isEqualTo(VerificationError.KEY_NOT_IN_TRUST_LIST);
        assertThat(result.revocationChecked()).isFalse();
    }

    @Test
    void theVerifierWithoutAListStillBuildsFromTrustListAndClock() {
        CertificateVerifier offline = new CertificateVerifier(TrustList.of(signer.certificate()), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(offline.verify(certificate.hc1()).revocationChecked()).isFalse();
    }
}
