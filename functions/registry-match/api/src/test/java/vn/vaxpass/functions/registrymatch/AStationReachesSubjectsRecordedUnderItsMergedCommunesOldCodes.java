package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * Trúc Bạch (00004) was merged into Phúc Xá (00001): S-6, recorded under 00004, is Phúc Xá's today. Phúc Xá's station
 * reaches it in the single check, in a commune job and its results, and in an upload; a token naming Trúc Bạch is
 * refused (COMMUNE_MERGED) or finds nothing. A province reaches the communes of its old provinces too.
 */
@QuarkusTest
class AStationReachesSubjectsRecordedUnderItsMergedCommunesOldCodes {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String QUEUE = "registry-match-chunks";
    private static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n";
    private static final String PHUC_XA_STATION = TestTokens.communeHealth("01", JobData.PHUC_XA);
    private static final String TRUC_BACH_STATION = TestTokens.communeHealth("01", JobData.TRUC_BACH);
    /** A ward of Bà Rịa–Vũng Tàu (77), a province merged into Hồ Chí Minh City (79). */
    private static final String VUNG_TAU_WARD = "26506";

    @Inject
    Pool pool;

    @Inject
    ChunkProcessor processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
        pool.query("TRUNCATE commune_successor").executeAndAwait();
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('00004', '00001')").executeAndAwait();
        pool.query("INSERT INTO commune (commune_code, province_code, name) VALUES ('" + VUNG_TAU_WARD
                + "', '77', 'Phường 1')").executeAndAwait();
        JobData.subject(pool, "S-8", "Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", VUNG_TAU_WARD, "77");
        while (!ElasticMqResource.receive(QUEUE).isEmpty()) {
            // Messages of earlier tests.
        }
    }

    @AfterEach
    void noMergedCommunesForTheOtherTests() {
        pool.query("TRUNCATE commune_successor").executeAndAwait();
    }

    @Test
    void theSingleCheckReachesTheSubjectForTodaysCommuneAndNotForTheOldCode() {
        check(PHUC_XA_STATION, "S-6").statusCode(200).body("subjectId", equalTo("S-6"))
                .body("status", equalTo("VERIFIED"));
        check(TestTokens.provinceHealth("01"), "S-6").statusCode(200);
        check(TRUC_BACH_STATION, "S-6").statusCode(404).body("code", equalTo("SUBJECT_NOT_FOUND"));
        check(TRUC_BACH_STATION, "S-1").statusCode(404).body("code", equalTo("SUBJECT_NOT_FOUND"));
    }

    @Test
    void aCommuneJobCoversTheOldCodesSubjectsAndItsResultsShowThem() {
        String id = as(PHUC_XA_STATION).contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", JobData.PHUC_XA)).post(JOBS).then().statusCode(202)
                .body("subjects", equalTo(6)).extract().path("id");
        processAll(3);

        as(PHUC_XA_STATION).get(JOBS + "/" + id).then().statusCode(200).body("state", equalTo("FINISHED"))
                .body("subjectsDone", equalTo(6));
        String csv = as(PHUC_XA_STATION).get(JOBS + "/" + id + "/results").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).contains("S-6,VERIFIED,,,").hasSize(7);
        as(TRUC_BACH_STATION).get(JOBS + "/" + id).then().statusCode(404).body("code", equalTo("JOB_NOT_FOUND"));
    }

    @Test
    void anOldCodeIsNoUnitToSubmitOrUploadFor() {
        as(TRUC_BACH_STATION).contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.TRUC_BACH))
                .post(JOBS).then().statusCode(400).body("code", equalTo("COMMUNE_MERGED"));
        as(PHUC_XA_STATION).contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.TRUC_BACH))
                .post(JOBS).then().statusCode(400).body("code", equalTo("COMMUNE_MERGED"));
        as(TRUC_BACH_STATION).contentType("text/csv").body(utf8(HEADER
                + "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00004\n")).post(JOBS)
                .then().statusCode(400).body("code", equalTo("COMMUNE_MERGED"));

        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job")).isZero();
    }

    @Test
    void anUploadChangingTheOldCodesSubjectIsTodaysCommunes() {
        String id = as(PHUC_XA_STATION).contentType("text/csv").body(utf8(HEADER
                        + "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,0912345678,00004\n"
                        + "U-1,Đặng Thị Hòa,02/11/1987,Nữ,001187054321,,00004\n")).post(JOBS)
                .then().statusCode(202).body("job.subjects", equalTo(2)).body("imported.updated", equalTo(1))
                .body("imported.inserted", equalTo(1)).extract().path("job.id");
        processAll(1);

        String csv = as(PHUC_XA_STATION).get(JOBS + "/" + id + "/results").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).contains("S-6,VERIFIED,,,", "U-1,VERIFIED,,,");
        assertThat(JobData.count(pool, "SELECT count(*) FROM vaccination_subject WHERE subject_id = 'S-6'"
                + " AND phone = '0912345678' AND commune_code = '00004'")).isOne();
    }

    @Test
    void anotherCommuneStillCannotUploadTheOldCodesSubject() {
        String benNghe = TestTokens.communeHealth("79", JobData.BEN_NGHE);
        as(benNghe).contentType("text/csv").body(utf8(HEADER
                + "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,,26734\n")).post(JOBS)
                .then().statusCode(409).body("code", equalTo("SUBJECT_ID_TAKEN"));
        as(benNghe).contentType("text/csv").body(utf8(HEADER
                + "U-2,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00004\n")).post(JOBS)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
    }

    @Test
    void aProvinceJobCoversTheOldProvincesMergedIntoIt() {
        as(TestTokens.provinceHealth("79")).contentType(ContentType.JSON).body(Map.of("scope", "province", "code", "79"))
                .post(JOBS).then().statusCode(202).body("subjects", equalTo(2));
        check(TestTokens.provinceHealth("79"), "S-8").statusCode(200);
    }

    private void processAll(int expected) {
        List<String> messages = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && messages.size() < expected; attempt++) {
            messages.addAll(ElasticMqResource.receive(QUEUE));
        }
        assertThat(messages).hasSize(expected);
        messages.forEach(message -> processor.process(message).await().indefinitely());
    }

    /** A file's bytes, as curl --data-binary sends them (RestAssured would encode a String as ISO-8859-1). */
    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
