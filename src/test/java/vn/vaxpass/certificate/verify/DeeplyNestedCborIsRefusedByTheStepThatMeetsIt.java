package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.cose.CoseTag;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * Found while fuzzing: the fuzzer's deeply nested items (300 to 30,000 levels) ended in a code on its threads of
 * 1 MB, but the same inputs on a thread of 512 KB made the CBOR decoder recurse until the stack ran out, a
 * StackOverflowError instead of a result. PeterO's decoder stops only past 500 levels, which takes about 600 KB of
 * stack while it runs interpreted, so a 512 KB thread overflowed at 300 levels, and a 1 MB one under a web
 * framework's frames had little to spare. Such bytes are now measured without recursion and refused by the step that
 * meets them. Each case runs on a thread of 256 KB.
 */
class DeeplyNestedCborIsRefusedByTheStepThatMeetsIt {

    private static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    private static final SoftwareSigner SIGNER = SigningFixture.es256();
    private static final IssuedCertificate GOOD = new CertificateIssuer(SIGNER)
            .issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", ISSUED);
    private static final CertificateVerifier VERIFIER = new CertificateVerifier(
            TrustList.of(SIGNER.certificate()), Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));
    private static final long SMALL_STACK = 256 * 1024;

    @Test
    void aCoseMessageOfTenThousandNestedArraysIsCoseDecodingFailed() {
        byte[] cose = nestedArrays(10_000); // 0x81 0x81 ... 0x00

        assertThat(errorOnASmallStack(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.COSE_DECODING_FAILED);
    }

    @Test
    void aProtectedHeaderOfTenThousandNestedTagsIsCoseDecodingFailed() {
        byte[] header = new byte[10_001];
        Arrays.fill(header, 0, 10_000, (byte) 0xC6); // tag 6, ten thousand times, then 0
        byte[] cose = CBORObject.NewArray().Add(header).Add(CBORObject.NewMap()).Add(GOOD.cwt()).Add(new byte[64])
                .WithTag(CoseTag.COSE_SIGN1).EncodeToBytes();

        assertThat(errorOnASmallStack(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.COSE_DECODING_FAILED);
    }

    @Test
    void aPayloadOfTenThousandNestedArraysIsCwtDecodingFailed() {
        byte[] cose = Hc1Forge.cose(nestedArrays(10_000), SIGNER, CoseAlgorithm.ES256.coseValue(), SIGNER.kid());

        assertThat(errorOnASmallStack(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.CWT_DECODING_FAILED);
    }

    /** 300 levels: within the decoder's own limit of 500, beyond what 256 KB of stack holds for it. */
    @Test
    void aSignedDccWhoseNameNests300ArraysDeepIsCwtDecodingFailed() {
        CBORObject marker = CBORObject.FromObject(new byte[] {'N', 'E', 'S', 'T'});
        byte[] claims = CBORObject.NewOrderedMap().Add(1, "VN").Add(4, ISSUED.plusSeconds(3600).getEpochSecond())
                .Add(6, ISSUED.getEpochSecond()).Add(-260, CBORObject.NewMap().Add(1, CBORObject.NewOrderedMap()
                        .Add("ver", "1.3.0").Add("nam", marker)))
                .EncodeToBytes();
        byte[] payload = replace(claims, marker.EncodeToBytes(), nestedArrays(300));
        byte[] cose = Hc1Forge.cose(payload, SIGNER, CoseAlgorithm.ES256.coseValue(), SIGNER.kid());

        assertThat(errorOnASmallStack(Hc1Forge.hc1(cose))).isEqualTo(VerificationError.CWT_DECODING_FAILED);
    }

    @Test
    void theUndamagedCertificateIsValidOnTheSameSmallStack() {
        assertThat(errorOnASmallStack(GOOD.hc1())).isNull();
    }

    private static VerificationError errorOnASmallStack(String hc1) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                VerificationResult result = VERIFIER.verify(hc1);
                outcome.set(result.isValid() ? "VALID" : result.error());
            } catch (Throwable failure) {
                outcome.set(failure);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(outcome.get()).isNotInstanceOf(Throwable.class);
        return outcome.get() instanceof VerificationError error ? error : null;
    }

    private static byte[] nestedArrays(int depth) {
        byte[] bytes = new byte[depth + 1];
        Arrays.fill(bytes, 0, depth, (byte) 0x81); // an array of one item, whose item is the next array
        return bytes;
    }

    private static byte[] replace(byte[] data, byte[] marker, byte[] replacement) {
        for (int i = 0; i + marker.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + marker.length, marker, 0, marker.length)) {
                byte[] out = new byte[data.length - marker.length + replacement.length];
                System.arraycopy(data, 0, out, 0, i);
                System.arraycopy(replacement, 0, out, i, replacement.length);
                System.arraycopy(data, i + marker.length, out, i + replacement.length, data.length - i - marker.length);
                return out;
            }
        }
        throw new IllegalArgumentException("marker not found");
    }
}
