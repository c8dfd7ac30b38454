package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.cwt.CwtClaim;
import vn.vaxpass.certificate.cwt.HcertClaim;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * Found by {@code bench-fuzz} (seed 20261206, input 417098 of 1,000,000): a signed DCC whose {@code v} holds 30,000
 * zeros, 420 characters of HC1 since they deflate to almost nothing, made the schema step report a violation per
 * item: 46 MB allocated and about a second of CPU for one request. The verifier now stops at the first violation.
 */
class AThousandfoldDccCostsTheVerifierOneViolation {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final SoftwareSigner SIGNER = SigningFixture.es256();
    private static final CertificateVerifier VERIFIER = new CertificateVerifier(
            TrustList.of(SIGNER.certificate()), Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));

    @Test
    void aVaccinationGroupOfThirtyThousandZerosIsSchemaInvalidForLittleMemory() {
        CBORObject zeros = CBORObject.NewArray();
        for (int i = 0; i < 30_000; i++) {
            zeros.Add(0);
        }
        CBORObject dcc = CBORObject.NewOrderedMap().Add("ver", "1.3.0").Add("v", zeros);
        byte[] cwt = CBORObject.NewOrderedMap().Add(CwtClaim.ISSUER.key(), "VN")
                .Add(CwtClaim.EXPIRATION.key(), ISSUED.plusSeconds(3600).getEpochSecond())
                .Add(CwtClaim.ISSUED_AT.key(), ISSUED.getEpochSecond())
                .Add(CwtClaim.HCERT.key(), CBORObject.NewMap().Add(HcertClaim.EU_DCC_V1.key(), dcc)).EncodeToBytes();
        String hc1 = Hc1Forge.hc1(Hc1Forge.cose(cwt, SIGNER, CoseAlgorithm.ES256.coseValue(), SIGNER.kid()));
        VERIFIER.verify(hc1); // the first run loads classes

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        VerificationResult result = VERIFIER.verify(hc1);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(hc1.length()).isLessThan(500);
        assertThat(result.error()).isEqualTo(VerificationError.SCHEMA_INVALID);
        assertThat(allocated).as("bytes allocated").isLessThan(8L * 1024 * 1024);
    }
}
