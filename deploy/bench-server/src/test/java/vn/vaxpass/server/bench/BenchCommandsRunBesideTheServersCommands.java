package vn.vaxpass.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * The benchmarks' application is the server's command line with the {@code bench-*} commands added: each runs, on
 * small figures, next to the server's own commands.
 */
@QuarkusMainTest
class BenchCommandsRunBesideTheServersCommands {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void helpListsTheServersCommandsAndTheBenchmarks(QuarkusMainLauncher launcher) {
        LaunchResult help = launcher.launch("--help");

        assertThat(help.exitCode()).as(help.getErrorOutput()).isZero();
        assertThat(help.getOutput()).contains("serve", "generate", "import", "match", "token",
                "bench-match", "bench-renewal", "bench-http-data", "bench-correction", "bench-worklist",
                "bench-kms-quota", "bench-soak",
                "bench-fuzz");
    }

    @Test
    void benchMatchTimesGeneratedData(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult generated = launcher.launch("generate", "--people", "1000", "--subjects", "300", "--seed", "3",
                "--out", dir.toString());
        assertThat(generated.exitCode()).as(generated.getErrorOutput()).isZero();

        LaunchResult bench = launcher.launch("bench-match", "--data", dir.toString(), "--load", "--flow", "stored",
                "--runs", "2", "--warmup", "0");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        JsonNode summary = lastLine(bench);
        assertThat(summary.path("step").asText()).isEqualTo("bench");
        assertThat(summary.path("runs").asInt()).isEqualTo(2);
        assertThat(summary.path("registryPeople").asLong()).isEqualTo(1000);
        assertThat(summary.path("medianSubjectsPerSecond").asLong()).isPositive();
    }

    @Test
    void benchCorrectionTakesACommunesListFromCreationToAppliedCorrections(QuarkusMainLauncher launcher)
            throws Exception {
        LaunchResult generated = launcher.launch("generate", "--people", "1000", "--subjects", "300", "--seed", "3",
                "--out", dir.toString());
        assertThat(generated.exitCode()).as(generated.getErrorOutput()).isZero();

        LaunchResult bench = launcher.launch("bench-correction", "--data", dir.toString(), "--load",
                "--residents", "20", "--wrong", "6", "--runs", "1", "--warmup", "0");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        JsonNode run = line(bench, "run");
        assertThat(run.path("listed").asInt()).isEqualTo(6);
        assertThat(run.path("bulkCorrected").asInt() + run.path("correctedOneByOne").asInt()).isEqualTo(6);
        assertThat(run.path("changed").asInt()).isEqualTo(6);
        JsonNode summary = lastLine(bench);
        assertThat(summary.path("step").asText()).isEqualTo("bench");
        assertThat(summary.path("runs").asInt()).isEqualTo(1);
        assertThat(summary.path("medianCreateListSeconds").asDouble()).isPositive();
        assertThat(summary.path("medianBulkShare").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void benchWorklistExportsAListAndImportsItBackFilledIn(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult bench = launcher.launch("bench-worklist", "--items", "20", "--runs", "1", "--warmup", "0");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        JsonNode run = line(bench, "run");
        assertThat(run.path("applied").asInt()).isEqualTo(20);
        assertThat(run.path("refused").asInt()).isZero();
        JsonNode summary = lastLine(bench);
        assertThat(summary.path("medianExportSeconds").asDouble()).isPositive();
        assertThat(summary.path("medianImportSeconds").asDouble()).isPositive();
    }

    @Test
    void benchRenewalHandlesEverySubjectThroughTheQueues(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult bench = launcher.launch("bench-renewal", "--subjects", "20", "--runs", "1", "--warmup", "0");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        JsonNode summary = lastLine(bench);
        assertThat(summary.path("step").asText()).isEqualTo("bench");
        assertThat(summary.path("subjects").asInt()).isEqualTo(20);
        assertThat(summary.path("runs").asInt()).isEqualTo(1);
    }

    @Test
    void benchKmsQuotaSignsEveryRequestWithoutTheCacheAndNoneOnceItIsKept(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult bench = launcher.launch("bench-kms-quota", "--subjects", "10", "--requests", "30", "--concurrency",
                "4", "--kms-per-second", "1000", "--runs", "1", "--warmup", "0");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        List<JsonNode> runs = lines(bench, "run");
        assertThat(runs).extracting(run -> run.path("way").asText())
                .containsExactly("SIGN_EVERY_REQUEST", "SIGN_ONCE_COLD", "SIGN_ONCE_WARM");
        assertThat(runs).allSatisfy(run -> assertThat(run.path("certificates").asInt()).isEqualTo(30));
        assertThat(runs.get(0).path("kmsSignRequests").asLong()).as("signing every request").isEqualTo(30);
        // Cold, two requests for one subject may both miss before either has kept its certificate: both sign, the
        // first kept wins (CertificatesAreSignedOncePerWindowAndContent), so a cold run signs each subject at least
        // once and at most once per concurrent request.
        assertThat(runs.get(1).path("kmsSignRequests").asLong()).as("signing once, cold").isBetween(10L, 10L + 3);
        assertThat(runs.get(2).path("kmsSignRequests").asLong()).as("signing once, kept").isZero();
        assertThat(lines(bench, "bench")).hasSize(3)
                .allSatisfy(summary -> assertThat(summary.path("medianCertificatesPerSecond").asLong()).isPositive());
    }

    @Test
    void benchFuzzRunsBothFuzzersAndFindsNothing(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult bench = launcher.launch("bench-fuzz", "--inputs", "200", "--seed", "3", "--warmup", "20");

        assertThat(bench.exitCode()).as(bench.getErrorOutput()).isZero();
        List<JsonNode> targets = lines(bench, "fuzz");
        assertThat(targets).extracting(target -> target.path("target").asText()).containsExactly("CERTIFICATES", "IMAGES");
        assertThat(targets).allSatisfy(target -> {
            assertThat(target.path("inputs").asLong()).isEqualTo(200);
            assertThat(target.path("unexpectedExceptions").asLong()).isZero();
            assertThat(target.path("largestAllocation").path("allocatedBytes").asLong()).isPositive();
            assertThat(target.path("outcomes").size()).isGreaterThan(3);
        });
        assertThat(lastLine(bench).path("unexpectedExceptions").asLong()).isZero();
    }

    @Test
    void benchHttpDataWritesALoginPerSubjectAndAMinistryToken(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult data = launcher.launch("bench-http-data", "--subjects", "3", "--out", dir.toString());

        assertThat(data.exitCode()).as(data.getErrorOutput()).isZero();
        assertThat(Files.readAllLines(dir.resolve("citizens.tsv"))).hasSize(3)
                .allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
        assertThat(Files.readString(dir.resolve("ministry.token"))).isNotBlank();
    }

    /** The command's JSON lines of this step, in order. */
    private List<JsonNode> lines(LaunchResult result, String step) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : result.getOutput().lines().filter(line -> line.startsWith("{")).toList()) {
            JsonNode line = json.readTree(text);
            if (step.equals(line.path("step").asText())) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The command's first JSON line of this step. */
    private JsonNode line(LaunchResult result, String step) throws Exception {
        for (String line : result.getOutput().lines().filter(line -> line.startsWith("{")).toList()) {
            JsonNode node = json.readTree(line);
            if (step.equals(node.path("step").asText())) {
                return node;
            }
        }
        throw new AssertionError("No " + step + " line in " + result.getOutput());
    }

    /** The command's summary: its last JSON line (the launcher may mix in log lines). */
    private JsonNode lastLine(LaunchResult result) throws Exception {
        String[] lines = result.getOutput().lines().filter(line -> line.startsWith("{")).toArray(String[]::new);
        assertThat(lines).as(result.getOutput()).isNotEmpty();
        return json.readTree(lines[lines.length - 1]);
    }
}
