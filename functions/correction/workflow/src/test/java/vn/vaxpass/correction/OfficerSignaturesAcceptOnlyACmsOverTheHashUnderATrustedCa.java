package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/** Each broken step of an officer's signature ends in its own code; a good one names its signer. */
class OfficerSignaturesAcceptOnlyACmsOverTheHashUnderATrustedCa {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final OfficerCa VGCA = OfficerCa.named("Test VGCA");
    private static final OfficerCa ELSEWHERE = OfficerCa.named("Some Other CA");
    private static final Instant HANDED_BACK = Instant.now().minus(Duration.ofHours(1));

    private final OfficerSignatures signatures = new OfficerSignatures(
            new OfficerTrustAnchors(Optional.empty(), Optional.of(VGCA.rootPem())), Clock.systemUTC());

    @Test
    void aTokensSignatureOfTheHashUnderTheTrustedCaNamesItsSigner() {
        OfficerCa.Officer officer = VGCA.officer("Nguyen Van An");

        OfficerSignatures.Verdict verdict = signatures.check(officer.signHash(HASH), HASH, HANDED_BACK);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.problem()).isNull();
        assertThat(verdict.signer().subject()).contains("CN=Nguyen Van An");
        assertThat(verdict.signer().issuer()).contains("Test VGCA Issuing");
        assertThat(verdict.signer().signedAt()).isAfter(HANDED_BACK);
    }

    @Test
    void aSignatureOfAnotherHashIsNotOverTheHash() {
        String signature = VGCA.officer("Nguyen Van An").signHash(OTHER_HASH);

        assertThat(signatures.check(signature, HASH, HANDED_BACK).problem()).isEqualTo(OfficerSignatures.NOT_OVER_THE_HASH);
    }

    @Test
    void aCertificateOfAnotherCaIsUntrusted() {
        String signature = ELSEWHERE.officer("Tran Thi Binh").signHash(HASH);

        assertThat(signatures.check(signature, HASH, HANDED_BACK).problem())
                .isEqualTo(OfficerSignatures.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void noConfiguredCaTrustsNobody() {
        OfficerSignatures untrusting = new OfficerSignatures(new OfficerTrustAnchors(Optional.empty(), Optional.empty()),
                Clock.systemUTC());

        assertThat(untrusting.check(VGCA.officer("Nguyen Van An").signHash(HASH), HASH, HANDED_BACK).problem())
                .isEqualTo(OfficerSignatures.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void aCertificateExpiredAtTheSigningTimeIsExpired() {
        Instant now = Instant.now();
        OfficerCa.Officer expired = VGCA.officer("Le Van Cuong", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)), KeyUsage.digitalSignature);

        assertThat(signatures.check(expired.signHash(HASH), HASH, HANDED_BACK.minus(Duration.ofDays(2))).problem())
                .isEqualTo(OfficerSignatures.CERTIFICATE_EXPIRED);
    }

    @Test
    void aCertificateNotYetValidAtTheSigningTimeIsNotYetValid() {
        Instant now = Instant.now();
        OfficerCa.Officer early = VGCA.officer("Le Van Cuong", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)),
                KeyUsage.digitalSignature);

        assertThat(signatures.check(early.signHash(HASH), HASH, HANDED_BACK).problem())
                .isEqualTo(OfficerSignatures.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void aCertificateForEnciphermentOnlyIsNotForSigning() {
        Instant now = Instant.now();
        OfficerCa.Officer encipherer = VGCA.officer("Pham Van Dung", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(300)), KeyUsage.keyAgreement);

        assertThat(signatures.check(encipherer.signHash(HASH), HASH, HANDED_BACK).problem())
                .isEqualTo(OfficerSignatures.CERTIFICATE_NOT_FOR_SIGNING);
    }

    @Test
    void aSigningTimeBeforeTheHandBackOrInTheFutureIsImplausible() {
        OfficerCa.Officer officer = VGCA.officer("Nguyen Van An");
        byte[] content = OfficerSignatures.signedContent(HASH);

        assertThat(signatures.check(officer.sign(content, HANDED_BACK.minus(Duration.ofHours(1)), true), HASH,
                HANDED_BACK).problem()).isEqualTo(OfficerSignatures.SIGNING_TIME_IMPLAUSIBLE);
        assertThat(signatures.check(officer.sign(content, Instant.now().plus(Duration.ofHours(1)), true), HASH,
                HANDED_BACK).problem()).isEqualTo(OfficerSignatures.SIGNING_TIME_IMPLAUSIBLE);
    }

    @Test
    void aSignatureWithoutItsCertificateHasItMissing() {
        String bare = VGCA.officer("Nguyen Van An").sign(OfficerSignatures.signedContent(HASH), Instant.now(), false);

        assertThat(signatures.check(bare, HASH, HANDED_BACK).problem()).isEqualTo(OfficerSignatures.CERTIFICATE_MISSING);
    }

    @Test
    void somethingThatIsNotCmsIsMalformed() {
        assertThat(signatures.check("not base64 at all!", HASH, HANDED_BACK).problem())
                .isEqualTo(OfficerSignatures.MALFORMED);
        assertThat(signatures.check(Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}), HASH,
                HANDED_BACK).problem()).isEqualTo(OfficerSignatures.MALFORMED);
        assertThat(signatures.check(null, HASH, HANDED_BACK).problem()).isEqualTo(OfficerSignatures.MALFORMED);
    }

    @Test
    void aPemArmouredSignatureReadsAsItsBase64() {
        String pem = "-----BEGIN PKCS7-----\n" + VGCA.officer("Nguyen Van An").signHash(HASH) + "\n-----END PKCS7-----\n";

        assertThat(signatures.check(pem, HASH, HANDED_BACK).valid()).isTrue();
    }
}
