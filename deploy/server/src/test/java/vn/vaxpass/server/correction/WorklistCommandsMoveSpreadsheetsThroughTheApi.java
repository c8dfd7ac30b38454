package vn.vaxpass.server.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import picocli.CommandLine;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.testing.TestTokens;

/**
 * {@code vaxpass worklist export} and {@code import} against the running server, as a province's script would call
 * them: the station's ID-number CSV in, a list out as .xlsx and the same file back, a list's CSV to the list import, a
 * foreign station refused.
 */
@QuarkusTest
class WorklistCommandsMoveSpreadsheetsThroughTheApi {

    private static final String PROVINCE = "01";

    @Inject
    Pool pool;
    @Inject
    BatchMatcher matcher;
    @Inject
    SubjectStore subjects;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @TempDir
    Path directory;

    private String commune;
    private String station;
    private List<String> ids;

    @BeforeEach
    void aCommuneOfTwoSubjectsWithoutIdNumbers() {
        commune = Integer.toString(80_000 + ThreadLocalRandom.current().nextInt(9_999));
        String run = Long.toString(System.nanoTime(), 36);
        ids = List.of("WL-" + run + "-1", "WL-" + run + "-2");
        pool.preparedQuery("INSERT INTO commune (commune_code, province_code, name) VALUES ($1, $2, $3)"
                + " ON CONFLICT DO NOTHING").executeAndAwait(io.vertx.mutiny.sqlclient.Tuple.of(commune, PROVINCE,
                "Xã thử worklist"));
        JobData.subject(pool, ids.get(0), "Đặng Thị Hòa", "02/11/1987", "Nữ", null, commune, PROVINCE);
        JobData.subject(pool, ids.get(1), "Lê Văn Tám", "01/01/1990", "Nam", null, commune, PROVINCE);
        matcher.matchAndRecord(subjects.withIds(ids).await().indefinitely(), MatchRun.withoutJob(Instant.now()))
                .await().indefinitely();
        pool.query("DELETE FROM registry_quota WHERE account = 'test-account-commune-health'").executeAndAwait();
        station = TestTokens.communeHealth(PROVINCE, commune);
    }

    @Test
    void theStationsIdNumberCsvGoesInAndAListGoesOutAndBack() throws Exception {
        Path csv = directory.resolve("so-dinh-danh.csv");
        Files.writeString(csv, "subject_id,id_number,full_name,date_of_birth,gender\r\n" + ids.get(0)
                + ",1187054321,,,\r\n", StandardCharsets.UTF_8);
        Run imported = run("worklist", "import", "--url", url(), "--token", station, "--commune", commune,
                "--file", csv.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("\"applied\":1").contains("ID_NUMBER_LEADING_ZEROS_RESTORED");

        String list = given().auth().oauth2(station).contentType(ContentType.JSON)
                .body(Map.of("communeCode", commune)).post("/v1/correction/lists").then().statusCode(201).extract()
                .path("id");
        Path xlsx = directory.resolve("danh-sach.xlsx");
        Run exported = run("worklist", "export", "--url", url(), "--token", station, "--list", list, "--out",
                xlsx.toString());
        assertThat(exported.status()).isZero();
        assertThat(exported.out()).contains("\"bytes\":");
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');

        Run back = run("worklist", "import", "--url", url(), "--token", station, "--list", list, "--file",
                xlsx.toString());
        assertThat(back.status()).isZero();
        assertThat(back.out()).contains("\"applied\":0").contains("\"refused\":0");
    }

    @Test
    void aListsCsvGoesToTheListImportAndOneWithoutItemIdsIsRefused() throws Exception {
        String list = given().auth().oauth2(station).contentType(ContentType.JSON)
                .body(Map.of("communeCode", commune)).post("/v1/correction/lists").then().statusCode(201).extract()
                .path("id");
        Path csv = directory.resolve("danh-sach.csv");
        Files.writeString(csv, "\uFEFFHọ và tên,Ngày sinh\r\nĐặng Thị Hòa,02/11/1987\r\n", StandardCharsets.UTF_8);
        Run refused = run("worklist", "import", "--url", url(), "--token", station, "--list", list, "--file",
                csv.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("ITEM_ID_COLUMN_MISSING");
    }

    @Test
    void aListOfAnotherCommuneIsRefusedWithTheServersProblem() throws Exception {
        String list = given().auth().oauth2(station).contentType(ContentType.JSON)
                .body(Map.of("communeCode", commune)).post("/v1/correction/lists").then().statusCode(201).extract()
                .path("id");
        Run refused = run("worklist", "export", "--url", url(), "--token",
                TestTokens.communeHealth(PROVINCE, "00004"), "--list", list, "--out",
                directory.resolve("x.xlsx").toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("NOT_FOUND");
        assertThat(directory.resolve("x.xlsx")).doesNotExist();
    }

    private String url() {
        return "http://localhost:" + port;
    }

    private record Run(int status, String out) {
    }

    /** Runs a command as the jar's main would (picocli over CDI beans), its standard output captured. */
    private static Run run(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int status = new CommandLine(WorklistRoot.class, new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> type) throws Exception {
                    InstanceHandle<K> bean = Arc.container().instance(type);
                    return bean.isAvailable() ? bean.get() : CommandLine.defaultFactory().create(type);
                }
            }).execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }

    /** A root holding only the worklist command, as {@code vaxpass} holds it. */
    @CommandLine.Command(name = "vaxpass", subcommands = WorklistCommand.class)
    static class WorklistRoot {
    }
}
