package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.functions.correction.sheet.SubjectImportsResource;
import vn.vaxpass.imports.ImportStatus;
import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.vaccination.SubjectImport;

/**
 * The progress report's subjects by check status are counts kept by the database's triggers (migration V16), not
 * counted per call. After each way a subject's check status, commune or province changes (the subjects import,
 * matching, a hand-back applied with its re-match, a direct edit, the station's ID-number import, results and subjects
 * deleted, tables truncated), the kept counts equal a fresh count of every subject by its latest check.
 */
@QuarkusTest
class KeptCheckCountsEqualAFreshCountThroughEveryWritePath {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);

    private static final String KEPT = "SELECT province_code, commune_code, check_status, subjects"
            + " FROM check_status_count WHERE subjects > 0";
    // Written out here rather than through the migration's check_status_of, so that the test does not share its
    // definition of a status with what it checks.
    private static final String FRESH = """
            SELECT s.province_code, s.commune_code,
                   CASE WHEN r.status IS NULL THEN 'NOT_CHECKED'
                        WHEN r.subject_version <> s.version THEN 'OUTDATED' ELSE r.status END, count(*)
              FROM vaccination_subject s
              LEFT JOIN (SELECT DISTINCT ON (subject_id) subject_id, status, subject_version FROM match_result
                          ORDER BY subject_id, matched_at DESC, id DESC) r ON r.subject_id = s.subject_id
             GROUP BY 1, 2, 3""";

    @Inject
    Pool pool;
    @Inject
    CleanUpData data;
    @Inject
    BatchMatcher matcher;
    @Inject
    SubjectStore subjects;
    @Inject
    SubjectImport subjectImport;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void theKeptCountsEqualAFreshCountAfterEveryKindOfWrite() {
        assertKeptCountsAreFresh("the fixture: truncated, inserted and matched");

        applyAHandBackOfTheWholeList();
        assertKeptCountsAreFresh("a hand-back applied with its re-match");

        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Lê Văn Tâm", "reason", "Sai dấu"))
                .put("/v1/correction/subjects/S-5").then().statusCode(200).body("changed", equalTo(true));
        assertKeptCountsAreFresh("a direct edit with its re-match");

        byte[] idNumbers = SubjectWorkbook.create().row("S-4", "001090012345").bytes();
        given().auth().oauth2(STATION).contentType(SpreadsheetsResource.XLSX).body(idNumbers)
                .post(SubjectImportsResource.PATH.replace("{commune}", CleanUpData.PHUC_XA))
                .then().statusCode(200).body("applied", equalTo(1));
        assertKeptCountsAreFresh("the station's ID-number import with its re-match");

        ImportRun imported = ImportRun.of(subjectImport::run, SubjectImport.REPORT_KEY_COLUMN,
                CsvFile.withHeader("subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code").lines(List.of(
                        "S-8,Đặng Thị Hòa,02/11/1987,Nữ,001187054321,," + CleanUpData.PHUC_XA,
                        "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,," + CleanUpData.PHUC_XA,
                        "S-7,Đặng Văn Đứt,07/03/1985,Nam,001085012345,," + CleanUpData.BEN_NGHE)));
        assertThat(imported.result().status()).isEqualTo(ImportStatus.APPLIED);
        assertKeptCountsAreFresh("the subjects import: one new, one moved to another commune, one changed");

        matcher.matchAndRecord(subjects.withIds(List.of("S-6", "S-7", "S-8")).await().indefinitely(),
                MatchRun.withoutJob(Instant.now().plusSeconds(60))).await().indefinitely();
        assertKeptCountsAreFresh("matching");

        pool.query("DELETE FROM match_result WHERE subject_id = 'S-1'").executeAndAwait();
        pool.query("UPDATE vaccination_subject SET commune_code = '" + CleanUpData.TRUC_BACH + "', province_code = '01'"
                + " WHERE subject_id = 'S-7'").executeAndAwait();
        pool.query("DELETE FROM vaccination_subject WHERE subject_id = 'S-8'").executeAndAwait();
        assertKeptCountsAreFresh("results deleted, a subject moved by hand, a subject deleted with its results");

        pool.query("TRUNCATE match_result").executeAndAwait();
        assertKeptCountsAreFresh("the results truncated");

        given().auth().oauth2(TestTokens.ministry()).get("/v1/correction/progress").then().statusCode(200)
                .body("communes." + CleanUpData.PHUC_XA + ".subjectsByCheck.NOT_CHECKED", equalTo(6))
                .body("communes." + CleanUpData.TRUC_BACH + ".subjectsByCheck.NOT_CHECKED", equalTo(1));
    }

    private void applyAHandBackOfTheWholeList() {
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String list = ListsResource.PATH + "/" + id;
        as(STATION).post(list + "/sending").then().statusCode(200);
        as(POLICE).post(list + "/bulk-confirmation").then().statusCode(200);
        JsonPath items = as(POLICE).get(list).then().statusCode(200).extract().jsonPath();
        for (Long item : items.getList("items.findAll { it.state == 'WITH_POLICE' }.id", Long.class)) {
            as(POLICE).body(Map.of("decision", "REJECT", "reason", "Không có trong CSDL dân cư"))
                    .put(list + "/items/" + item + "/decision").then().statusCode(200);
        }
        as(POLICE).post(list + "/hand-back").then().statusCode(200);
        as(STATION).post(list + "/application").then().statusCode(200).body("changed", equalTo(2));
    }

    private void assertKeptCountsAreFresh(String after) {
        assertThat(counts(KEPT)).as("kept counts after %s", after).isEqualTo(counts(FRESH)).isNotEmpty();
    }

    /** "province commune status" → subjects. */
    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row row : pool.query(sql).executeAndAwait()) {
            counts.put(row.getString(0) + " " + row.getString(1) + " " + row.getString(2), row.getLong(3));
        }
        return counts;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
