package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * Every endpoint wants a token (401), a health staff role (403 ROLE_NOT_ALLOWED) and the jurisdiction of what it
 * touches: another commune or province is 403 OUTSIDE_JURISDICTION, another jurisdiction's job does not exist (404).
 */
@QuarkusTest
class JobsResourceKeepsJobsWithinTheCallersJurisdiction {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String CSV = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n"
            + "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001\n";

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        String id = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(commune(JobData.PHUC_XA)).post(JOBS)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().contentType("text/csv").body(utf8(CSV)).post(JOBS).then().statusCode(401);
        given().get(JOBS + "/" + id).then().statusCode(401);
        given().get(JOBS + "/" + id + "/results").then().statusCode(401);
    }

    @Test
    void aRoleOtherThanHealthStaffIsRefused() {
        String facility = TestTokens.facilityStaff("F-01");
        String citizen = TestTokens.citizenSession("S-1");
        for (String token : new String[] {facility, citizen}) {
            as(token).contentType(ContentType.JSON).body(commune(JobData.PHUC_XA)).post(JOBS)
                    .then().statusCode(403).body("code", equalTo("ROLE_NOT_ALLOWED"));
            as(token).contentType("text/csv").body(utf8(CSV)).post(JOBS).then().statusCode(403);
            as(token).get(JOBS + "/" + UUID.randomUUID()).then().statusCode(403);
            as(token).get(JOBS + "/" + UUID.randomUUID() + "/results").then().statusCode(403);
        }
    }

    @Test
    void anotherCommuneOrProvinceIsOutsideTheJurisdiction() {
        String phucXa = TestTokens.communeHealth("01", JobData.PHUC_XA);
        as(phucXa).contentType(ContentType.JSON).body(commune(JobData.TRUC_BACH)).post(JOBS)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
        as(phucXa).contentType(ContentType.JSON).body(Map.of("scope", "province", "code", "01")).post(JOBS)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
        as(TestTokens.provinceHealth("79")).contentType(ContentType.JSON).body(commune(JobData.PHUC_XA)).post(JOBS)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
        as(TestTokens.communeHealth("01", JobData.TRUC_BACH)).contentType("text/csv").body(utf8(CSV)).post(JOBS)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"))
                .body("errors[0].field", equalTo("line 2"));
    }

    @Test
    void aJobOfAnotherJurisdictionIsNotFound() {
        String id = as(TestTokens.communeHealth("01", JobData.PHUC_XA)).contentType(ContentType.JSON)
                .body(commune(JobData.PHUC_XA)).post(JOBS).then().statusCode(202).extract().path("id");

        for (String stranger : new String[] {TestTokens.communeHealth("01", JobData.TRUC_BACH),
                TestTokens.provinceHealth("79")}) {
            as(stranger).get(JOBS + "/" + id).then().statusCode(404).body("code", equalTo("JOB_NOT_FOUND"));
            as(stranger).get(JOBS + "/" + id + "/results").then().statusCode(404).body("code", equalTo("JOB_NOT_FOUND"));
        }
        as(TestTokens.provinceHealth("01")).get(JOBS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        as(TestTokens.provinceHealth("01")).get(JOBS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aTokenWithoutItsJurisdictionClaimIsRefused() {
        as(TestTokens.role(Roles.COMMUNE_HEALTH).province("01").mint()).get(JOBS + "/" + UUID.randomUUID())
                .then().statusCode(403).body("code", equalTo("TOKEN_WITHOUT_JURISDICTION"));
    }

    /** A file's bytes, as curl --data-binary sends them (RestAssured would encode a String as ISO-8859-1). */
    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static Map<String, String> commune(String code) {
        return Map.of("scope", "commune", "code", code);
    }
}
