package vn.vaxpass.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vaxpass.certificate.RecordFixture.aRecord;
import static vn.vaxpass.certificate.RecordFixture.dose;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.TrustList;

class CertificateIssuerSignsOnlyRecordsTheSchemaAndTheDscAllow {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";

    private final CertificateIssuer issuer = new CertificateIssuer(SigningFixture.es256());
    private final CertificateVerifier verifier = new CertificateVerifier(TrustList.of(SigningFixture.es256().certificate()),
            Clock.fixed(ISSUED.plusSeconds(86_400), ZoneOffset.UTC));

    @Test
    void issuesACertificateThatVerifies() {
        IssuedCertificate certificate = issuer.issue(aRecord().build(), UVCI, ISSUED);
        assertThat(certificate.hc1()).startsWith("HC1:");
        VerificationResult result = verifier.verify(certificate.hc1());
        assertThat(result.isValid()).as(result.message()).isTrue();
        assertThat(result.decoded().dcc()).isEqualTo(certificate.dcc());
        assertThat(result.decoded().issuer()).isEqualTo("VN");
    }

    @Test
    void writesTheVietnameseNameInBothFormsAndTheLatestDose() {
        IssuedCertificate certificate = issuer.issue(aRecord().build(), UVCI, ISSUED);
        assertThat(certificate.dcc().at("/nam/fn").asText()).isEqualTo("Đặng");
        assertThat(certificate.dcc().at("/nam/fnt").asText()).isEqualTo("DANG");
        assertThat(certificate.dcc().at("/nam/gn").asText()).isEqualTo("Văn Đức");
        assertThat(certificate.dcc().at("/nam/gnt").asText()).isEqualTo("VAN<DUC");
        assertThat(certificate.dcc().at("/v/0/dn").asInt()).isEqualTo(2);
        assertThat(certificate.dcc().at("/v/0/dt").asText()).isEqualTo("2021-09-14");
        assertThat(certificate.dcc().at("/v/0/tg").asText()).isEqualTo(DccPayloadFactory.COVID_19);
        assertThat(certificate.dcc().at("/v/0/ci").asText()).isEqualTo(UVCI);
    }

    @Test
    void givesTheByteIdenticalCertificateForTheSameRecordKeyAndInstant() {
        IssuedCertificate first = issuer.issue(aRecord().build(), UVCI, ISSUED);
        IssuedCertificate second = new CertificateIssuer(SigningFixture.es256()).issue(aRecord().build(), UVCI, ISSUED);
        assertThat(second.hc1()).isEqualTo(first.hc1());
    }

    @Test
    void expiresTwelveCalendarMonthsAfterIssue() {
        IssuedCertificate certificate = issuer.issue(aRecord().build(), UVCI, ISSUED);
        assertThat(certificate.validity().issuedAt()).isEqualTo(ISSUED);
        assertThat(certificate.validity().expiresAt()).isEqualTo(Instant.parse("2027-03-01T01:00:00Z"));
    }

    @Test
    void keepsAYearOnlyBirthDateAsAYear() {
        IssuedCertificate certificate = issuer.issue(aRecord().bornOn("1950").build(), UVCI, ISSUED);
        assertThat(certificate.dcc().at("/dob").asText()).isEqualTo("1950");
    }

    @Test
    void refusesARecordWithCodesOutsideTheValueSetsAndSignsNothing() {
        var record = aRecord().withoutDoses()
                .withDose(new VaccinationRecord.Dose(1, 2, "2021-09-14", "Vero-Cell-typo", "ORG-100030215", "J07BX03", "VN", "MoH"))
                .build();
        assertThatThrownBy(() -> issuer.issue(record, UVCI, ISSUED))
                .isInstanceOfSatisfying(InvalidCertificateDataException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("doses[0].product");
                            assertThat(error.code()).isEqualTo(VaccinationRecordValidator.UNKNOWN_CODE);
                        }));
    }

    /** A booster given within a window already begun: iat stays the window's start, the dose is certified. */
    @Test
    void checksTheRecordsDatesAgainstTheSigningTimeWhenItIsLaterThanIat() {
        var withBooster = aRecord().withDose(dose(3, 3, "2026-04-10")).build();
        Instant signedAt = Instant.parse("2026-04-11T02:00:00Z");

        assertThatThrownBy(() -> issuer.issue(withBooster, UVCI, ISSUED)).isInstanceOf(InvalidCertificateDataException.class);
        IssuedCertificate certificate = issuer.issue(withBooster, UVCI, ISSUED, signedAt);

        assertThat(certificate.validity().issuedAt()).isEqualTo(ISSUED);
        assertThat(certificate.dcc().at("/v/0/dn").asInt()).isEqualTo(3);
        assertThat(issuer.issue(aRecord().build(), UVCI, ISSUED, signedAt).hc1())
                .isEqualTo(issuer.issue(aRecord().build(), UVCI, ISSUED).hc1());
    }

    @Test
    void refusesToSignACertificateTheDscDoesNotCover() {
        Instant lateInTheDscsLife = SigningFixture.es256().certificate().getNotAfter().toInstant().minusSeconds(86_400 * 30);
        assertThatThrownBy(() -> issuer.issue(aRecord().withDose(dose(3, 3, "2026-06-01")).build(), UVCI, lateInTheDscsLife))
                .isInstanceOf(DscDoesNotCoverValidityException.class)
                .hasMessageContaining("cannot sign");
    }

    @Test
    void signsWithPs256WhenTheKeyIsRsa() {
        CertificateIssuer rsaIssuer = new CertificateIssuer(SigningFixture.signer(CoseAlgorithm.PS256));
        IssuedCertificate certificate = rsaIssuer.issue(aRecord().build(), UVCI, ISSUED);
        CertificateVerifier rsaVerifier = new CertificateVerifier(
                TrustList.of(SigningFixture.signer(CoseAlgorithm.PS256).certificate()), Clock.systemUTC());
        VerificationResult result = rsaVerifier.verify(certificate.hc1(), ISSUED.plusSeconds(60));
        assertThat(result.isValid()).as(result.message()).isTrue();
        assertThat(result.decoded().algorithm()).isEqualTo((long) CoseAlgorithm.PS256.coseValue());
    }
}
