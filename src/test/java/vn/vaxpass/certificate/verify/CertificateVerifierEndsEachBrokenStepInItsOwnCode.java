package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/** Each step of the chain, broken on purpose, ends in its own error code. */
class CertificateVerifierEndsEachBrokenStepInItsOwnCode {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final Instant NOW = ISSUED.plusSeconds(86_400);

    private final SoftwareSigner signer = SigningFixture.es256();
    private final CertificateVerifier verifier = new CertificateVerifier(TrustList.of(signer.certificate()),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final IssuedCertificate good = new CertificateIssuer(signer)
            .issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", ISSUED);

    @Test
    void acceptsAGoodCertificate() {
        assertThat(verifier.verify(good.hc1()).isValid()).isTrue();
    }

    @Test
    void aMissingPrefixIsInvalidSchemePrefix() {
        assertThat(errorOf(good.base45())).isEqualTo(VerificationError.INVALID_SCHEME_PREFIX);
        assertThat(errorOf("HC2:" + good.base45())).isEqualTo(VerificationError.INVALID_SCHEME_PREFIX);
    }

    @Test
    void aBrokenBase45TextIsBase45DecodingFailed() {
        assertThat(errorOf("HC1:" + good.base45() + "a")).isEqualTo(VerificationError.BASE45_DECODING_FAILED);
    }

    @Test
    void uncompressedDataIsDecompressionFailed() {
        assertThat(errorOf(Hc1Prefix.add(Base45Encoding.encode(good.cose())))).isEqualTo(VerificationError.DECOMPRESSION_FAILED);
    }

    @Test
    void garbageInsideTheCompressionIsCoseDecodingFailed() {
        String hc1 = Hc1Prefix.add(Base45Encoding.encode(ZlibCompression.compress("not cbor".getBytes(StandardCharsets.UTF_8))));
        assertThat(errorOf(hc1)).isEqualTo(VerificationError.COSE_DECODING_FAILED);
    }

    @Test
    void aPayloadThatIsNoCwtIsCwtDecodingFailed() {
        byte[] cose = Hc1Forge.cose(new byte[] {1, 2, 3}, signer, CoseAlgorithm.ES256.coseValue(), signer.kid());
        assertThat(errorOf(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.CWT_DECODING_FAILED);
    }

    @Test
    void anUnknownAlgorithmIsUnsupportedAlgorithm() {
        byte[] cose = Hc1Forge.cose(good.cwt(), signer, -35, signer.kid());
        assertThat(errorOf(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void noKidIsKidMissing() {
        byte[] cose = Hc1Forge.cose(good.cwt(), signer, CoseAlgorithm.ES256.coseValue(), null);
        assertThat(errorOf(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.KID_MISSING);
    }

    @Test
    void aStrangersKeyIsKeyNotInTrustList() {
        SoftwareSigner stranger = SigningFixture.stranger();
        IssuedCertificate foreign = new CertificateIssuer(stranger).issue(aRecord().build(), "URN:UVCI:01:VN:X", ISSUED);
        assertThat(errorOf(foreign.hc1())).isEqualTo(VerificationError.KEY_NOT_IN_TRUST_LIST);
    }

    @Test
    void aSignatureByAnotherKeyUnderOurKidIsSignatureInvalid() {
        byte[] cose = Hc1Forge.cose(good.cwt(), SigningFixture.stranger(), CoseAlgorithm.ES256.coseValue(), signer.kid());
        assertThat(errorOf(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.SIGNATURE_INVALID);
    }

    @Test
    void aChangedPayloadIsSignatureInvalid() {
        ObjectNode altered = good.dcc().deepCopy();
        altered.put("dob", "1999-01-01");
        byte[] original = Hc1Forge.cose(good.cwt(), signer, CoseAlgorithm.ES256.coseValue(), signer.kid());
        com.upokecenter.cbor.CBORObject message = com.upokecenter.cbor.CBORObject.DecodeFromBytes(original);
        message.UntagOne().set(2, com.upokecenter.cbor.CBORObject.FromObject(Hc1Forge.cwt(altered, ISSUED, good.validity().expiresAt())));
        byte[] forged = message.EncodeToBytes();
        assertThat(errorOf(Hc1Forge.hc1(forged))).isEqualTo(VerificationError.SIGNATURE_INVALID);
    }

    @Test
    void beforeIssueIsNotYetValidAndAfterExpiryIsExpired() {
        assertThat(verifier.verify(good.hc1(), ISSUED.minusSeconds(1)).error()).isEqualTo(VerificationError.CWT_NOT_YET_VALID);
        assertThat(verifier.verify(good.hc1(), good.validity().expiresAt()).isValid()).isTrue();
        assertThat(verifier.verify(good.hc1(), good.validity().expiresAt().plusSeconds(1)).error())
                .isEqualTo(VerificationError.CWT_EXPIRED);
    }

    @Test
    void aCertificateOutsideItsDscsValidityFailsOnTheBoundItCrosses() {
        Instant dscStart = signer.certificate().getNotBefore().toInstant();
        Instant dscEnd = signer.certificate().getNotAfter().toInstant();
        String early = Hc1Forge.hc1(Hc1Forge.cose(Hc1Forge.cwt(good.dcc(), dscStart.minusSeconds(10), NOW.plusSeconds(10)),
                signer, CoseAlgorithm.ES256.coseValue(), signer.kid()));
        assertThat(errorOf(early)).isEqualTo(VerificationError.ISSUED_BEFORE_DSC_VALIDITY);
        String late = Hc1Forge.hc1(Hc1Forge.cose(Hc1Forge.cwt(good.dcc(), ISSUED, dscEnd.plusSeconds(10)),
                signer, CoseAlgorithm.ES256.coseValue(), signer.kid()));
        assertThat(errorOf(late)).isEqualTo(VerificationError.EXPIRES_AFTER_DSC_VALIDITY);
    }

    @Test
    void aSignedButSchemaInvalidDccIsSchemaInvalidAndStillDecoded() {
        ObjectNode noName = good.dcc().deepCopy();
        noName.remove("nam");
        String hc1 = Hc1Forge.hc1(Hc1Forge.cose(Hc1Forge.cwt(noName, ISSUED, good.validity().expiresAt()),
                signer, CoseAlgorithm.ES256.coseValue(), signer.kid()));
        VerificationResult result = verifier.verify(hc1);
        assertThat(result.error()).isEqualTo(VerificationError.SCHEMA_INVALID);
        assertThat(result.decoded().dcc().has("nam")).isFalse();
    }

    private VerificationError errorOf(String hc1) {
        VerificationResult result = verifier.verify(hc1);
        assertThat(result.isValid()).isFalse();
        return result.error();
    }
}
