package vn.vaxpass.server.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * {@code bench-soak} for a few seconds against the test application's own port: every endpoint of the mix is called,
 * none answers what the mix did not expect, and the report has the heap at both ends.
 */
@QuarkusMainTest
@TestProfile(BenchSoakDrivesEveryEndpointWithoutErrors.SoakLimits.class)
class BenchSoakDrivesEveryEndpointWithoutErrors {

    /**
     * The lookup limits the soak raises (the launcher runs BenchMain's main, which raises them too, but only where no
     * earlier launch of this JVM set them), and a free port chosen here: the tests' random port (0) is no help, since
     * the command reads its port from the configuration, which still says 0 once an earlier application has stopped.
     */
    public static class SoakLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(SoakServerSettings.LOOKUP_LIMITS);
            overrides.put("%test.quarkus.http.test-port", Integer.toString(SoakServerSettings.freePort()));
            return overrides;
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aShortSoakCallsEveryEndpointOfTheMixWithoutAnError(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult soak = launcher.launch(BenchSoakCommand.NAME, "--minutes", "0.25", "--concurrency", "2",
                "--citizens", "4", "--match-subjects", "5", "--seed", "7");

        assertThat(soak.exitCode()).as(soak.getOutput() + soak.getErrorOutput()).isZero();
        assertThat(soak.getOutput()).contains("heap after GC: start", "throughput:");
        JsonNode summary = summary(soak);
        assertThat(summary.path("errors").asInt()).as(soak.getOutput()).isZero();
        assertThat(summary.path("heapStartBytes").asLong()).isPositive();
        assertThat(summary.path("heapEndBytes").asLong()).isPositive();
        List<String> exercised = names(summary, endpoint -> endpoint.path("calls").asInt() > 0);
        assertThat(exercised).as(soak.getOutput())
                .containsExactlyInAnyOrder(Arrays.stream(SoakEndpoint.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<String> names(JsonNode summary, Predicate<JsonNode> which) {
        List<String> names = new ArrayList<>();
        summary.path("endpoints").forEach(endpoint -> {
            if (which.test(endpoint)) {
                names.add(endpoint.path("endpoint").asText());
            }
        });
        return names;
    }

    /** The command's JSON summary: its last JSON line (the launcher may mix in log lines). */
    private JsonNode summary(LaunchResult result) throws Exception {
        String[] lines = result.getOutput().lines().filter(line -> line.startsWith("{")).toArray(String[]::new);
        assertThat(lines).as(result.getOutput()).isNotEmpty();
        return json.readTree(lines[lines.length - 1]);
    }
}
