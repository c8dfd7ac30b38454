package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * An uploaded subjects.csv creates subjects, or changes those already in the uploader's reach (as stored): a row with
 * the id of a subject elsewhere refuses the whole file (409 SUBJECT_ID_TAKEN), writes nothing, revokes nothing, and
 * says neither whose the id is nor where that subject lives.
 */
@QuarkusTest
class JobsResourceUploadChangesOnlySubjectsWithinReach {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n";
    private static final String SERVED_UVCI = "URN:UVCI:01:VN:UPLOAD-TEST";

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        pool.query("DELETE FROM certificate_served").executeAndAwait();
        // S-1 of Phúc Xá holds a certificate of its version 1: a new version would revoke it.
        pool.preparedQuery("INSERT INTO certificate_served (uvci, subject_id, subject_version, window_start, expires_at,"
                + " dose_id, dose_hash, first_served_at) VALUES ($1, 'S-1', 1, now(), now() + interval '1 year', 1,"
                + " decode(repeat('ab', 32), 'hex'), now())").executeAndAwait(Tuple.of(SERVED_UVCI));
    }

    @Test
    void anotherCommunesSubjectIdRefusesTheWholeFileAndChangesNothing() {
        List<String> before = everySubject();
        long jobsBefore = JobData.count(pool, "SELECT count(*) FROM match_job");

        as(TestTokens.communeHealth("01", JobData.TRUC_BACH)).contentType("text/csv")
                .body(utf8(HEADER
                        + "NEW-1,Nguyễn Văn An,01/02/1990,Nam,001090000001,,00004\n"
                        + "S-1,Kẻ Mạo Danh,01/01/2000,Nam,001200000001,0900000000,00004\n"))
                .post(JOBS)
                .then().statusCode(409)
                .body("code", equalTo("SUBJECT_ID_TAKEN"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("line 3"))
                .body("errors[0].code", equalTo("SUBJECT_ID_TAKEN"))
                // Neither whose the id is nor where that subject lives.
                .body("errors[0].message", not(containsString(JobData.PHUC_XA)))
                .body("errors[0].message", not(containsString("Phúc Xá")))
                .body("errors[0].message", not(containsString("Đặng")))
                .body("imported", nullValue());

        assertEquals(before, everySubject(), "no subject was inserted or changed");
        assertEquals(jobsBefore, JobData.count(pool, "SELECT count(*) FROM match_job"), "no job was submitted");
        assertEquals(1, JobData.count(pool, "SELECT version FROM vaccination_subject WHERE subject_id = 'S-1'"),
                "S-1's certificate is still of its current version, so not revoked");
    }

    @Test
    void anotherProvincesSubjectIdIsRefusedToAProvince() {
        List<String> before = everySubject();

        as(TestTokens.provinceHealth("79")).contentType("text/csv")
                .body(utf8(HEADER + "S-1,Kẻ Mạo Danh,01/01/2000,Nam,001200000001,0900000000,26734\n"))
                .post(JOBS)
                .then().statusCode(409).body("code", equalTo("SUBJECT_ID_TAKEN"))
                .body("errors[0].code", equalTo("SUBJECT_ID_TAKEN"));

        assertEquals(before, everySubject());
    }

    @Test
    void aSubjectIdTakenElsewhereIsRefusedEvenWhenTheRowChangesNothing() {
        // S-6 of Trúc Bạch exactly as stored but for the commune: the answer must not depend on the stored values.
        as(TestTokens.communeHealth("01", JobData.PHUC_XA)).contentType("text/csv")
                .body(utf8(HEADER + "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001\n"))
                .post(JOBS)
                .then().statusCode(409).body("code", equalTo("SUBJECT_ID_TAKEN"));
        assertEquals(JobData.TRUC_BACH, stored("S-6").getString("commune_code"));
    }

    @Test
    void aCommuneChangesItsOwnSubject() {
        as(TestTokens.communeHealth("01", JobData.PHUC_XA)).contentType("text/csv")
                .body(utf8(HEADER + "S-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,0912345678,00001\n"
                        + "NEW-1,Nguyễn Văn An,01/02/1990,Nam,001090000001,,00001\n"))
                .post(JOBS)
                .then().statusCode(202)
                .body("imported.inserted", equalTo(1))
                .body("imported.updated", equalTo(1));

        Row s1 = stored("S-1");
        assertEquals("0912345678", s1.getString("phone"));
        assertEquals(2, s1.getInteger("version"));
    }

    @Test
    void aProvinceChangesTheSubjectsOfEveryCommuneOfItsProvince() {
        as(TestTokens.provinceHealth("01")).contentType("text/csv")
                .body(utf8(HEADER + "S-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,0912345678,00001\n"
                        + "S-6,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001\n"))
                .post(JOBS)
                .then().statusCode(202)
                .body("imported.updated", equalTo(2));

        assertEquals(2, stored("S-1").getInteger("version"));
        Row s6 = stored("S-6");
        assertEquals(JobData.PHUC_XA, s6.getString("commune_code"));
        assertEquals(2, s6.getInteger("version"));
    }

    private List<String> everySubject() {
        return pool.query("SELECT v::text FROM vaccination_subject v ORDER BY subject_id").executeAndAwait().stream()
                .map(row -> row.getString(0)).toList();
    }

    private Row stored(String subjectId) {
        return pool.preparedQuery("SELECT commune_code, phone, version FROM vaccination_subject WHERE subject_id = $1")
                .executeAndAwait(Tuple.of(subjectId)).iterator().next();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
