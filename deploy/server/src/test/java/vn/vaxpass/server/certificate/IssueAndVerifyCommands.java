package vn.vaxpass.server.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** {@code vaxpass issue} and {@code vaxpass verify}, run as the launcher runs them. */
@QuarkusMainTest
class IssueAndVerifyCommands {

    private static final String RECORD = """
            {"fullName": "Đặng Văn Đức", "dateOfBirth": "1985-03-07",
             "doses": [{"doseNumber": 2, "totalDoses": 2, "date": "2021-09-14", "product": "EU/1/20/1528",
                        "manufacturer": "ORG-100030215", "prophylaxis": "J07BX03", "country": "VN",
                        "issuer": "Ministry of Health of Viet Nam"}]}
            """;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void issuesACertificateThatVerifiesAsTextAndAsImage(QuarkusMainLauncher launcher) throws Exception {
        Path record = dir.resolve("record.json");
        Files.writeString(record, RECORD);
        Path out = dir.resolve("out");

        LaunchResult issued = launcher.launch("issue", "--record", record.toString(), "--out", out.toString());
        assertThat(issued.exitCode()).as(issued.getErrorOutput()).isZero();
        JsonNode summary = json.readTree(lastLine(issued.getOutput()));
        assertThat(summary.path("uvci").asText()).matches("URN:UVCI:01:VN:[0-9A-F]{32}#[0-9A-Z/:]");
        for (String file : new String[] {"certificate.hc1", "certificate.png", "certificate.svg", "dsc.pem"}) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }

        LaunchResult verified = launcher.launch("verify", "--dsc", out.resolve("dsc.pem").toString(),
                out.resolve("certificate.hc1").toString(), out.resolve("certificate.png").toString());
        assertThat(verified.exitCode()).as(verified.getOutput()).isZero();
        String[] lines = jsonLines(verified.getOutput());
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode result = json.readTree(line);
            assertThat(result.path("valid").asBoolean()).as(line).isTrue();
            assertThat(result.at("/certificate/dcc/nam/gnt").asText()).isEqualTo("VAN<DUC");
        }
    }

    @Test
    void refusesABadRecordFieldByFieldAndWritesNothing(QuarkusMainLauncher launcher) throws Exception {
        Path record = dir.resolve("record.json");
        Files.writeString(record, RECORD.replace("EU/1/20/1528", "VERO-CELL?").replace("1985-03-07", "07/03/1985"));
        Path out = dir.resolve("out");

        LaunchResult result = launcher.launch("issue", "--record", record.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode problem = json.readTree(lastLine(result.getOutput()));
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_CERTIFICATE_DATA");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("dateOfBirth", "doses[0].product");
        assertThat(out).doesNotExist();
    }

    @Test
    void verifiesAsAtAGivenClockInEveryFormTheConformanceVectorsWrite(QuarkusMainLauncher launcher) throws Exception {
        Path record = dir.resolve("record.json");
        Files.writeString(record, RECORD);
        Path out = dir.resolve("out");
        assertThat(launcher.launch("issue", "--record", record.toString(), "--out", out.toString()).exitCode()).isZero();

        for (String clock : new String[] {"2099-01-01T00:00:00Z", "2099-01-01T02:00:00+0200", "2099-01-01T02:00:00+02:00", "2099-01-01T00:00:00"}) {
            LaunchResult result = launcher.launch("verify", "--clock", clock, out.resolve("certificate.hc1").toString());

            assertThat(result.exitCode()).as(clock).isEqualTo(1);
            assertThat(json.readTree(lastLine(result.getOutput())).path("error").asText()).as(clock).isEqualTo("CWT_EXPIRED");
        }
    }

    private static String lastLine(String output) {
        String[] lines = jsonLines(output);
        return lines[lines.length - 1];
    }

    /** The commands' answers: one JSON object per line (the launcher may mix in log lines). */
    private static String[] jsonLines(String output) {
        return output.lines().filter(line -> line.startsWith("{")).toArray(String[]::new);
    }
}
