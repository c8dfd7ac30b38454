package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.certificate.verify.MutatedCertificates;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.fuzzing.FuzzReport;
import vn.vaxpass.fuzzing.Fuzzer;

/**
 * A short run of the structure-aware fuzzer of the image codecs ({@link MutatedImages}; {@code bench-fuzz} runs a
 * million): every PNG and JPEG with a mutated header field, table, chunk or segment ends in an image or in the
 * codec's own QrReadException with its code, the decoders themselves throw nothing else, an image read goes on to
 * the verifier, and none allocates past a constant and 10,000 bytes per byte of file. Fixed seed, as the verifier's.
 */
class TheImageCodecsAnswerEveryMutatedHeader {

    static final long SEED = 20_261_206;
    static final int INPUTS = 2000;

    @Test
    void everyMutatedImageDecodesOrEndsInItsCodecsCodeWithinItsAllocationBound() {
        MutatedCertificates certificates = new MutatedCertificates();
        MutatedImages images = new MutatedImages(certificates.seedCertificates().get(0).hc1(), text -> {
            VerificationResult result = certificates.verifier().verify(text);
            return result.isValid() ? "VALID" : result.error().name();
        });

        FuzzReport report = Fuzzer.run(images, SEED, INPUTS);

        assertThat(report.inputs()).isEqualTo(INPUTS);
        assertThat(report.unexpected()).as("%s", report.unexpectedExamples()).isZero();
        assertThat(report.refused()).as("%s", report.refusedExamples()).isZero();
        assertThat(report.overBound()).as("%s", report.overBoundExamples()).isZero();
        assertThat(report.outcomes().keySet()).as("outcomes reached").contains("CORRUPT_IMAGE", "UNSUPPORTED_IMAGE",
                "IMAGE_TOO_LARGE", "NO_QR_CODE", "READ/VALID");
        assertThat(report.outcomesByLayer().keySet()).contains("png IHDR", "png pixels", "png chunk length",
                "jpeg SOF", "jpeg DHT", "jpeg DQT", "jpeg SOS", "jpeg scan data", "jpeg segments");
    }
}
