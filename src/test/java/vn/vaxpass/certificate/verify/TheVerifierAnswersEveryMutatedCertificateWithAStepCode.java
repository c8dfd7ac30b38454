package vn.vaxpass.certificate.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.vaxpass.fuzzing.FuzzReport;
import vn.vaxpass.fuzzing.Fuzzer;

/**
 * A short run of the structure-aware fuzzer of the verifier ({@link MutatedCertificates}; {@code bench-fuzz} runs a
 * million): every mutated certificate ends in a result with a step's code, or valid only when what is valid was
 * signed with a trusted key; none throws; none allocates past a constant and 4 KiB per character. The mutations
 * reach every step, so these are not 3,000 ways to fail at Base45. Fixed seed: a failure names the input, and
 * {@link Fuzzer#input} with this seed and that index makes it again.
 */
class TheVerifierAnswersEveryMutatedCertificateWithAStepCode {

    static final long SEED = 20_261_206;
    static final int INPUTS = 3000;

    @Test
    void everyMutatedCertificateEndsInAStepCodeOrValidWithinItsAllocationBound() {
        FuzzReport report = Fuzzer.run(new MutatedCertificates(), SEED, INPUTS);

        assertThat(report.inputs()).isEqualTo(INPUTS);
        assertThat(report.unexpected()).as("%s", report.unexpectedExamples()).isZero();
        assertThat(report.refused()).as("%s", report.refusedExamples()).isZero();
        assertThat(report.overBound()).as("%s", report.overBoundExamples()).isZero();
        assertThat(report.outcomes().keySet()).as("steps reached")
                .containsAll(Arrays.stream(VerificationError.values()).map(Enum::name).toList())
                .contains("VALID");
        assertThat(report.outcomesByLayer().keySet())
                .containsExactlyInAnyOrder("text", "zlib", "cose-bytes", "cose", "cwt", "dcc", "odd-cbor");
    }
}
