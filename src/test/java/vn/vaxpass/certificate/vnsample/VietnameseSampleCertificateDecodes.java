package vn.vaxpass.certificate.vnsample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.qr.QrReadException;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.uvci.Uvci;
import vn.vaxpass.certificate.uvci.UvciParseResult;
import vn.vaxpass.certificate.uvci.UvciParser;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.DecodedCertificate;
import vn.vaxpass.certificate.verify.VerificationError;
import vn.vaxpass.certificate.verify.VerificationFailure;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.certificate.verify.VerificationSteps;
import vn.vaxpass.identity.IcaoTransliteration;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.TrustList;

/**
 * Viet Nam's sample vaccination certificate (EU dcc-quality-assurance, {@code VN/1.3.0}: the format Viet Nam
 * has issued in production since 2021-12-09, signed with an EU acceptance-environment key) goes through every
 * step of the engine's decoding chain: image, prefix, Base45, zlib, COSE_Sign1, CWT, schema. Its signature
 * cannot be checked, because its DSC is not public, so full verification must stop at the trust list and
 * nowhere before it.
 *
 * <p>Its mp (EU/1/21/1529, Vaxzevria) and ma (ORG-100030215, BioNTech) contradict each other; only their
 * presence is asserted, not their values.
 */
class VietnameseSampleCertificateDecodes {

    private static final String HC1 = VietnameseSample.hc1();
    private static final String KID_HEX = "f30da46716f7882d";
    private static final Instant ISSUED_AT = Instant.parse("2022-04-14T15:38:07Z");
    private static final Instant EXPIRES_AT = Instant.parse("2025-01-30T00:00:00Z");
    /** COSE tag 18 (COSE_Sign1) as a CBOR head: major type 6, value 18. */
    private static final int COSE_SIGN1_TAG_HEAD = 0xD2;
    private static final int RSA_2048_SIGNATURE_BYTES = 256;

    @Test
    void theJpegNamedPngReadsToExactlyTheTextZbarimgRead() throws QrReadException {
        byte[] image = VietnameseSample.image();

        assertThat(image).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(QrReader.read(image) + "\n").isEqualTo(VietnameseSample.zbarimgOutput());
    }

    @Test
    void prefixBase45AndZlibLayersDecodeLosslessly() throws VerificationFailure {
        String base45 = VerificationSteps.unprefix(HC1);
        byte[] compressed = VerificationSteps.base45Decode(base45);
        byte[] cose = VerificationSteps.decompress(compressed);

        assertThat(HC1).isEqualTo(Hc1Prefix.PREFIX + base45);
        assertThat(Base45Encoding.encode(compressed)).isEqualTo(base45);
        assertThat(compressed).startsWith(0x78);
        assertThat(cose[0] & 0xFF).isEqualTo(COSE_SIGN1_TAG_HEAD);
    }

    @Test
    void theCoseMessageIsSignedWithPs256AndNamesItsKey() throws VerificationFailure {
        CoseSign1 cose = cose();

        assertThat(cose.algorithmValue()).contains(-37L);
        assertThat(VerificationSteps.algorithm(cose)).isEqualTo(CoseAlgorithm.PS256);
        assertThat(cose.kid()).hasValueSatisfying(kid -> assertThat(HexFormat.of().formatHex(kid)).isEqualTo(KID_HEX));
        assertThat(cose.hasEmptyUnprotectedHeader()).isTrue();
        assertThat(cose.signature()).hasSize(RSA_2048_SIGNATURE_BYTES);
    }

    /** Not the 12 months Vaxpass issues: Viet Nam's sample is valid for 1021 days, to midnight UTC. */
    @Test
    void theCwtIsIssuedByVietNamForAbout33Months() throws VerificationFailure {
        Cwt cwt = cwt();

        assertThat(cwt.issuer()).isEqualTo("VN");
        assertThat(cwt.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(cwt.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(Duration.between(cwt.issuedAt(), cwt.expiresAt()).toDays()).isEqualTo(1021);
    }

    @Test
    void theDccFollowsTheSchemaTheVerifierChecks() throws VerificationFailure {
        JsonNode dcc = cwt().dcc();

        assertThat(DccSchema.verifying().validate(dcc)).isEmpty();
        assertThat(dcc.path("ver").asText()).isEqualTo("1.3.0");
        assertThat(dcc.path("dob").asText()).isEqualTo("1983-10-10");
    }

    /** The standardised names are what the engine's own ICAO 9303 transliteration makes of the Vietnamese ones. */
    @Test
    void theNameIsVietnameseWithIcaoTransliterations() throws VerificationFailure {
        JsonNode nam = cwt().dcc().path("nam");

        assertThat(nam.path("fn").asText()).isEqualTo("Nguyễn");
        assertThat(nam.path("gn").asText()).isEqualTo("Bảo Duy");
        assertThat(nam.path("fnt").asText()).matches("[A-Z<]+").isEqualTo("NGUYEN");
        assertThat(nam.path("gnt").asText()).matches("[A-Z<]+").isEqualTo("BAO<DUY");
        assertThat(IcaoTransliteration.transliterate(nam.path("fn").asText())).isEqualTo(nam.path("fnt").asText());
        assertThat(IcaoTransliteration.transliterate(nam.path("gn").asText())).isEqualTo(nam.path("gnt").asText());
    }

    @Test
    void oneVaccinationIssuedByBanCoYeuInVietNamWithAVietnameseUvci() throws VerificationFailure {
        JsonNode dcc = cwt().dcc();
        JsonNode v = dcc.path("v");

        assertThat(v.isArray()).isTrue();
        assertThat(v).hasSize(1);
        JsonNode dose = v.get(0);
        assertThat(dose.path("is").asText()).isEqualTo("Ban Co Yeu");
        assertThat(dose.path("co").asText()).isEqualTo("VN");
        assertThat(dose.path("ci").asText()).matches("URN:UVCI:01:VN:[0-9A-F]{32}");
        UvciParseResult uvci = new UvciParser(false).parse(dose.path("ci").asText());
        assertThat(uvci.uvci()).hasValueSatisfying(parsed -> assertThat(parsed.country()).isEqualTo(Uvci.COUNTRY_VN));
        assertThat(dose.path("dn").asInt()).isEqualTo(2);
        assertThat(dose.path("sd").asInt()).isEqualTo(2);
        assertThat(dose.path("dt").asText()).isEqualTo("2021-03-18");
        assertThat(dose.path("tg").asText()).isEqualTo("840539006");
        assertThat(dose.path("vp").asText()).isEqualTo("J07BX03");
        assertThat(dose.path("mp").asText()).isNotBlank();
        assertThat(dose.path("ma").asText()).isNotBlank();
        assertThat(dcc.has("t") || dcc.has("r")).isFalse();
    }

    /**
     * The verifier runs prefix, Base45, zlib, COSE, CWT and algorithm before the trust list lookup; ending in
     * KEY_NOT_IN_TRUST_LIST with everything decoded means each of them passed.
     */
    @Test
    void fullVerificationStopsAtTheTrustListBecauseItsDscIsNotPublic() throws VerificationFailure {
        TrustList ours = TrustList.of(SigningFixture.es256().certificate(),
                SigningFixture.signer(CoseAlgorithm.PS256).certificate());
        Instant duringValidity = ISSUED_AT.plus(Duration.ofDays(1));
        CertificateVerifier verifier = new CertificateVerifier(ours, Clock.fixed(duringValidity, ZoneOffset.UTC));

        VerificationResult result = verifier.verify(HC1, duringValidity);

        assertThat(result.error()).isEqualTo(VerificationError.KEY_NOT_IN_TRUST_LIST);
        DecodedCertificate decoded = result.decoded();
        assertThat(decoded.algorithm()).isEqualTo((long) CoseAlgorithm.PS256.coseValue());
        assertThat(HexFormat.of().formatHex(decoded.kid())).isEqualTo(KID_HEX);
        assertThat(decoded.issuer()).isEqualTo("VN");
        assertThat(decoded.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(decoded.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(decoded.dcc()).isEqualTo(cwt().dcc());
    }

    private static CoseSign1 cose() throws VerificationFailure {
        return VerificationSteps.decodeCose(VerificationSteps.decompress(
                VerificationSteps.base45Decode(VerificationSteps.unprefix(HC1))));
    }

    private static Cwt cwt() throws VerificationFailure {
        return VerificationSteps.decodeCwt(cose());
    }
}
