package vn.vaxpass.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.matching.MatchQuality;
import vn.vaxpass.matching.MatchStatus;

/**
 * {@code vaxpass generate}, then {@code vaxpass match} with the truth: results.csv has a line per subject in the
 * subjects' order, its statuses agree with the truth, and the quality printed is what results.csv and truth.csv say.
 */
@QuarkusMainTest
class MatchCommandMatchesASyntheticSetEndToEnd {

    private static final int PEOPLE = 4_000;
    private static final int SUBJECTS = 2_000;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void resultsAgreeWithTheTruth(QuarkusMainLauncher launcher) throws Exception {
        Path data = dir.resolve("data");
        LaunchResult generated = launcher.launch("generate", "--people", "" + PEOPLE, "--subjects", "" + SUBJECTS,
                "--seed", "11", "--out", data.toString());
        assertThat(generated.exitCode()).as(generated.getErrorOutput()).isZero();
        assertThat(json.readTree(jsonLines(generated.getOutput()).get(0)).path("subjects").asInt()).isEqualTo(SUBJECTS);

        Path results = dir.resolve("out/results.csv");
        LaunchResult matched = launcher.launch("match", "--registry", data.resolve("registry.csv").toString(),
                "--subjects", data.resolve("subjects.csv").toString(), "--out", results.toString(),
                "--truth", data.resolve("truth.csv").toString(), "--chunk-size", "300");
        assertThat(matched.exitCode()).as(matched.getErrorOutput()).isZero();

        List<String> lines = jsonLines(matched.getOutput());
        assertThat(lines).hasSize(3);
        JsonNode registry = json.readTree(lines.get(0));
        JsonNode match = json.readTree(lines.get(1));
        JsonNode quality = json.readTree(lines.get(2));
        assertThat(registry.path("rows").asInt()).isEqualTo(PEOPLE);
        assertThat(match.path("subjects").asInt()).isEqualTo(SUBJECTS);

        List<String> resultLines = Files.readAllLines(results);
        assertThat(resultLines.get(0)).isEqualTo("subject_id,status,mismatched_fields,suggested_id_number,confidence");
        assertThat(resultLines).hasSize(SUBJECTS + 1);
        List<String> subjectIds = Files.readAllLines(data.resolve("subjects.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(resultLines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
                .as("the subjects' order").isEqualTo(subjectIds);

        Map<String, String[]> truth = new HashMap<>();
        Files.readAllLines(data.resolve("truth.csv")).stream().skip(1).map(line -> line.split(",", -1))
                .forEach(row -> truth.put(row[0], row));
        MatchQuality recomputed = new MatchQuality();
        for (String line : resultLines.subList(1, resultLines.size())) {
            String[] result = line.split(",", -1);
            assertThat(result).hasSize(5);
            MatchStatus status = MatchStatus.valueOf(result[1]);
            if (status == MatchStatus.VERIFIED) {
                assertThat(result[2] + result[3] + result[4]).as("a verified subject has nothing to correct").isEmpty();
            }
            if (!result[4].isEmpty()) {
                assertThat(result[4]).matches("[01]\\.\\d{3}");
                assertThat(result[3]).matches("\\d{12}");
            }
            if (status == MatchStatus.MISMATCH) {
                assertThat(result[2]).matches("(name|dob|gender)(;(dob|gender))*");
                assertThat(result[2]).as("mismatched fields of " + result[0]).isEqualTo(truth.get(result[0])[3]);
            }
            String[] expected = truth.get(result[0]);
            recomputed.add(MatchStatus.valueOf(expected[2]), expected[1].isEmpty() ? null : expected[1],
                    new MatchOutcome(status, java.util.Set.of(), result[3].isEmpty() ? null : result[3],
                            result[4].isEmpty() ? null : Double.valueOf(result[4]), ""));
        }

        assertThat(recomputed.falseVerified()).isZero();
        assertThat(recomputed.statusAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(recomputed.suggestionRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(quality.path("subjects").asLong()).isEqualTo(SUBJECTS);
        assertThat(quality.path("falseVerified").asLong()).isZero();
        assertThat(quality.path("statusAccuracy").asDouble()).isCloseTo(recomputed.statusAccuracy(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(quality.path("suggestionRecall").asDouble()).isCloseTo(recomputed.suggestionRecall(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(quality.path("confidentSuggestions").asLong()).isEqualTo(recomputed.confidentSuggestions());
    }

    @Test
    void anUnreadableSubjectsFileIsRefusedWithACode(QuarkusMainLauncher launcher) throws Exception {
        Path subjects = dir.resolve("subjects.csv");
        Files.writeString(subjects, "id,name\nS-1,An\n");

        LaunchResult result = launcher.launch("match", "--subjects", subjects.toString(), "--out", dir.resolve("r.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(json.readTree(jsonLines(result.getOutput()).get(0)).path("code").asText()).isEqualTo("UNREADABLE_SUBJECTS");
    }

    /** The commands' answers: one JSON object per line (the launcher may mix in log lines). */
    private static List<String> jsonLines(String output) {
        return output.lines().filter(line -> line.startsWith("{")).toList();
    }
}
