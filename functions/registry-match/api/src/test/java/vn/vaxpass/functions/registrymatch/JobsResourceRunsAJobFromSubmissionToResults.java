package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.TestTokens;

/**
 * A commune job from submission (202, one SQS message per chunk) through progress to results.csv, with the chunks
 * processed as the worker would; an upload whose rows partly fail; bad input answered with a problem.
 */
@QuarkusTest
class JobsResourceRunsAJobFromSubmissionToResults {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String QUEUE = "registry-match-chunks";
    private static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n";

    @Inject
    Pool pool;

    @Inject
    ChunkProcessor processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        while (!ElasticMqResource.receive(QUEUE).isEmpty()) {
            // Messages of earlier tests.
        }
    }

    @Test
    void aCommuneJobReportsProgressAndThenItsResults() {
        String id = staff().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", JobData.PHUC_XA))
                .post(JOBS).then().statusCode(202)
                .header("Location", startsWith(JOBS + "/"))
                .body("scope", equalTo("COMMUNE")).body("scopeCode", equalTo(JobData.PHUC_XA))
                .body("state", equalTo("RUNNING")).body("chunks", equalTo(3)).body("subjects", equalTo(5))
                .body("requestedBy", equalTo("test-account-province-health"))
                .extract().path("id");
        staff().get(JOBS + "/" + id + "/results").then().statusCode(409).body("code", equalTo("JOB_NOT_FINISHED"));

        List<String> messages = receiveAll(3);
        assertThat(messages).containsExactlyInAnyOrder(ChunkMessage.of(UUID.fromString(id), 0).toJson(),
                ChunkMessage.of(UUID.fromString(id), 1).toJson(), ChunkMessage.of(UUID.fromString(id), 2).toJson());
        processor.process(messages.get(0)).await().indefinitely();
        staff().get(JOBS + "/" + id).then().statusCode(200).body("percentDone", equalTo(33))
                .body("chunksDone", equalTo(1)).body("state", equalTo("RUNNING"));
        messages.forEach(message -> processor.process(message).await().indefinitely());

        staff().get(JOBS + "/" + id).then().statusCode(200).body("state", equalTo("FINISHED"))
                .body("percentDone", equalTo(100)).body("subjectsDone", equalTo(5))
                .body("statuses.VERIFIED", equalTo(1)).body("statuses.NOT_FOUND", equalTo(1));
        String csv = staff().get(JOBS + "/" + id + "/results").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines()).containsExactly(
                "subject_id,status,mismatched_fields,suggested_id_number,confidence",
                "S-1,VERIFIED,,,",
                "S-2,MISMATCH,name,001*******21,0.970",
                "S-3,MISSING_ID,,001*******21,0.950",
                "S-4,INVALID_ID_FORMAT,,,",
                "S-5,NOT_FOUND,,,");
    }

    @Test
    void anUploadIsImportedAndItsRefusedRowsListed() {
        String body = HEADER
                + "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001\n"
                + "U-2,Đặng Thị Hòa,31/02/1987,Nữ,001187054321,,00001\n";

        staff().contentType("text/csv").body(utf8(body)).post(JOBS).then().statusCode(202)
                .body("job.scope", equalTo("UPLOAD")).body("job.subjects", equalTo(1))
                .body("imported.inserted", equalTo(1)).body("imported.rowErrors", equalTo(1))
                .body("rowErrors", hasSize(1)).body("rowErrors[0].line", equalTo(3))
                .body("rowErrors[0].code", equalTo("INVALID_DATE_OF_BIRTH")).body("rowErrors[0].subjectId", equalTo("U-2"));
    }

    @Test
    void aMalformedUploadChangesNothingAndSaysWhere() {
        staff().contentType("text/csv").body(utf8("id,name\nU-1,Đặng Văn Đức\n")).post(JOBS)
                .then().statusCode(422).body("code", equalTo("WRONG_HEADER")).body("errors[0].field", equalTo("line 1"));
        staff().contentType("text/csv").body(utf8(HEADER + "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001,extra\n"))
                .post(JOBS).then().statusCode(422).body("code", equalTo("MALFORMED_ROWS"));
        byte[] windows1258 = utf8(HEADER + "U-1,Tr\u00e2n,07/03/1985,Nam,,,00001\n");
        windows1258[HEADER.length() + 6] = (byte) 0xE2; // â in Windows-1258: not UTF-8
        staff().contentType("text/csv").body(windows1258).post(JOBS)
                .then().statusCode(422).body("code", equalTo("INVALID_UTF8"));
        staff().contentType("text/csv").body(utf8("")).post(JOBS).then().statusCode(400).body("code", equalTo("MISSING_UPLOAD"));

        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job")).isZero();
        assertThat(JobData.count(pool, "SELECT count(*) FROM vaccination_subject WHERE subject_id LIKE 'U-%'")).isZero();
    }

    @Test
    void aBadScopeIsABadRequest() {
        staff().contentType(ContentType.JSON).body(Map.of("scope", "district", "code", "001")).post(JOBS)
                .then().statusCode(400).body("code", equalTo("INVALID_SCOPE"));
        staff().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", "1")).post(JOBS)
                .then().statusCode(400).body("code", equalTo("INVALID_SCOPE"));
        staff().contentType(ContentType.JSON).body(Map.of("scope", "commune", "code", "99999")).post(JOBS)
                .then().statusCode(400).body("code", equalTo("UNKNOWN_COMMUNE"));
        staff().contentType(ContentType.JSON).body("{}").post(JOBS).then().statusCode(400).body("code", equalTo("INVALID_SCOPE"));
        staff().contentType(ContentType.JSON).body("{not json").post(JOBS).then().statusCode(400);
    }

    private static List<String> receiveAll(int expected) {
        List<String> all = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && all.size() < expected; attempt++) {
            all.addAll(ElasticMqResource.receive(QUEUE));
        }
        return all;
    }

    /** A file's bytes, as curl --data-binary sends them (RestAssured would encode a String as ISO-8859-1). */
    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.provinceHealth("01"));
    }
}
