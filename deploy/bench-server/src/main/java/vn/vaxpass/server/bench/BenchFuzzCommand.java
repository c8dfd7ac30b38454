package vn.vaxpass.server.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.vaxpass.certificate.verify.MutatedCertificates;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.fuzzing.FuzzReport;
import vn.vaxpass.fuzzing.FuzzTarget;
import vn.vaxpass.fuzzing.Fuzzer;
import vn.vaxpass.qr.MutatedImages;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;

/**
 * {@code vaxpass bench-fuzz}: the structure-aware fuzzers of the core's tests, at length. {@code certificates}:
 * valid certificates mutated at one layer of HC1 → Base45 → zlib → COSE → CWT → CBOR → DCC and encoded again below
 * it ({@link MutatedCertificates}), through the verifier. {@code images}: QR code PNGs and JPEGs with one header
 * field, table, chunk or segment mutated ({@link MutatedImages}), through the decoders, the QR reader and the
 * verifier. Input {@code i} of a run is made from {@code --seed} and {@code i} alone, so any input the report names
 * is made again with the same two numbers. Prints one JSON line per target: inputs run, unexpected exceptions (must be
 * 0), the oracle's refusals (must be 0), inputs over the allocation bound (must be 0), the count of each outcome
 * (each step's error code) overall and by the layer mutated, the largest allocation of one input and the largest per
 * byte of input, and inputs per second. Exits 1 when any input threw, was refused or went over its bound.
 */
@Dependent
@Unremovable
@Command(name = BenchFuzzCommand.NAME, description = "Structure-aware fuzzing of the verifier and the image codecs: "
        + "unexpected exceptions, step codes, allocation per input, throughput; one JSON line per target.")
public class BenchFuzzCommand implements Callable<Integer>, VaxpassSubcommand {

    static final String NAME = "bench-fuzz";
    /** Exit status when an input threw, was refused by the oracle or allocated past its bound. */
    static final int FOUND = 1;

    /** What is fuzzed. */
    enum Target {
        CERTIFICATES, IMAGES
    }

    @Option(names = "--inputs", defaultValue = "1000000", description = "Mutated inputs per target (default ${DEFAULT-VALUE}).")
    long inputs;

    @Option(names = "--seed", defaultValue = "1", description = "The run's seed; input i is made from it and i (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--targets", split = ",", defaultValue = "CERTIFICATES,IMAGES",
            description = "Which, in order (default ${DEFAULT-VALUE}).")
    List<Target> targets;

    @Option(names = "--threads", defaultValue = "0", description = "Threads; 0 for one per processor (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", defaultValue = "1000", description = "Inputs of another seed run first and not counted, after"
            + " each seed 100 times (default ${DEFAULT-VALUE}).")
    int warmup;

    private final ObjectMapper json;

    @Inject
    public BenchFuzzCommand(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Integer call() {
        int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        MutatedCertificates certificates = new MutatedCertificates();
        List<FuzzReport> reports = new ArrayList<>();
        for (Target target : targets) {
            FuzzTarget<?> fuzzed = target == Target.CERTIFICATES ? certificates : images(certificates);
            FuzzReport report = Fuzzer.run(fuzzed, seed, inputs, threadCount, warmup);
            reports.add(report);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("step", "fuzz");
            line.put("target", target.name());
            line.putAll(report.toMap());
            line.put("processors", Runtime.getRuntime().availableProcessors());
            line.put("loadAverage", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10) / 10.0);
            CommandOutput.print(json, line);
        }
        long found = reports.stream().mapToLong(r -> r.unexpected() + r.refused() + r.overBound()).sum();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", "bench");
        summary.put("seed", seed);
        summary.put("inputs", reports.stream().mapToLong(FuzzReport::inputs).sum());
        summary.put("unexpectedExceptions", reports.stream().mapToLong(FuzzReport::unexpected).sum());
        summary.put("oracleRefusals", reports.stream().mapToLong(FuzzReport::refused).sum());
        summary.put("overAllocationBound", reports.stream().mapToLong(FuzzReport::overBound).sum());
        summary.put("seconds", Math.round(reports.stream().mapToDouble(FuzzReport::seconds).sum() * 10) / 10.0);
        CommandOutput.print(json, summary);
        return found == 0 ? 0 : FOUND;
    }

    private static MutatedImages images(MutatedCertificates certificates) {
        return new MutatedImages(certificates.seedCertificates().get(0).hc1(), text -> {
            VerificationResult result = certificates.verifier().verify(text);
            return result.isValid() ? "VALID" : result.error().name();
        });
    }
}
