package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.cwt.CwtClaim;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * A signed certificate whose issued-at or expiry lies outside every date a clock can hold (a number past
 * {@link Instant#MAX}, or 1e300) is a malformed CWT: the verifier says so with the CWT step's code, as it
 * does for any other unreadable claim, and never fails with an exception (an anonymous caller's 500).
 */
class VerifierNamesTheCwtStepForTimesOutOfRange {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final SoftwareSigner SIGNER = SigningFixture.es256();
    private static final IssuedCertificate GOOD = new CertificateIssuer(SIGNER)
            .issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", ISSUED);
    private static final CertificateVerifier VERIFIER = new CertificateVerifier(
            TrustList.of(SIGNER.certificate()), Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));

    static Stream<CBORObject> timesNoClockHolds() {
        return Stream.of(CBORObject.FromObject(Long.MAX_VALUE), CBORObject.FromObject(Long.MIN_VALUE),
                CBORObject.FromObject(Instant.MAX.getEpochSecond() + 1), CBORObject.FromObject(1e300),
                CBORObject.FromObject(-1e300), CBORObject.FromObject(9.3e18));
    }

    @ParameterizedTest
    @MethodSource("timesNoClockHolds")
    void anIssuedAtNoClockHoldsIsAMalformedCwt(CBORObject time) {
        VerificationResult result = VERIFIER.verify(signedWith(CwtClaim.ISSUED_AT, time));

        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).isEqualTo(VerificationError.CWT_DECODING_FAILED);
    }

    @ParameterizedTest
    @MethodSource("timesNoClockHolds")
    void anExpiryNoClockHoldsIsAMalformedCwt(CBORObject time) {
        VerificationResult result = VERIFIER.verify(signedWith(CwtClaim.EXPIRATION, time));

        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).isEqualTo(VerificationError.CWT_DECODING_FAILED);
    }

    private static String signedWith(CwtClaim claim, CBORObject time) {
        CBORObject cose = CBORObject.DecodeFromBytes(GOOD.cose()).UntagOne();
        CBORObject claims = CBORObject.DecodeFromBytes(cose.get(2).GetByteString());
        claims.set(CBORObject.FromObject(claim.key()), time);
        return Hc1Forge.hc1(Hc1Forge.cose(claims.EncodeToBytes(), SIGNER, -7, SIGNER.kid()));
    }
}
