package vn.vaxpass.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * {@code vaxpass generate}, then {@code vaxpass import} of its four data files: one JSON line per file, registry first
 * and doses last, every row inserted; a missing file is a problem with its code and exit status 2.
 */
@QuarkusMainTest
class ImportCommandLoadsGeneratedFilesInOrder {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyFileLandsWithoutARowError(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult generated = launcher.launch("generate", "--people", "1000", "--subjects", "400", "--seed", "5",
                "--out", dir.toString());
        assertThat(generated.exitCode()).as(generated.getErrorOutput()).isZero();
        long doses = json.readTree(generated.getOutput().lines().filter(l -> l.startsWith("{")).findFirst()
                .orElseThrow()).path("doses").asLong();

        LaunchResult imported = launcher.launch("import", "--doses", file("doses.csv"), "--subjects",
                file("subjects.csv"), "--communes", file("communes.csv"), "--registry", file("registry.csv"));

        assertThat(imported.exitCode()).as(imported.getErrorOutput()).isZero();
        List<JsonNode> lines = imported.getOutput().lines().filter(l -> l.startsWith("{")).map(this::read).toList();
        assertThat(lines).extracting(line -> line.path("step").asText())
                .containsExactly("registry", "communes", "subjects", "doses");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("rowErrors").asLong()).isZero();
            assertThat(line.path("inserted").asLong()).isEqualTo(line.path("rows").asLong());
        });
        assertThat(lines.get(2).path("rows").asLong()).isEqualTo(400);
        assertThat(lines.get(3).path("rows").asLong()).isEqualTo(doses);
    }

    @Test
    void aMissingFileIsAProblem(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("import", "--doses", file("nowhere.csv"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(read(result.getOutput().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow())
                .path("code").asText()).isEqualTo("FILE_NOT_FOUND");
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
