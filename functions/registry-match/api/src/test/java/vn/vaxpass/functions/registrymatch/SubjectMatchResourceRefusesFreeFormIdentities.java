package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.MATCH;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * The check takes a stored subject of the caller's jurisdiction, never a name and a date of birth typed in: a subject
 * that does not exist and one of another jurisdiction are answered alike (404 SUBJECT_NOT_FOUND), so a stranger
 * learns neither an ID number nor whether someone is registered.
 */
@QuarkusTest
class SubjectMatchResourceRefusesFreeFormIdentities {

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void freeFormIdentitiesWithoutAStoredSubjectAreRefused() {
        Map<String, String> stranger = new HashMap<>();
        stranger.put("fullName", "Đặng Văn Đức");
        stranger.put("dateOfBirth", "07/03/1985");
        stranger.put("gender", "Nam");
        stranger.put("communeCode", JobData.PHUC_XA);
        check(TestTokens.provinceHealth("01"), stranger).statusCode(400)
                .body("code", equalTo(SubjectMatchResource.SUBJECT_ID_REQUIRED));
        stranger.put("subjectId", "S-9");
        check(TestTokens.provinceHealth("01"), stranger).statusCode(404)
                .body("code", equalTo(SubjectMatchResource.SUBJECT_NOT_FOUND));
    }

    @Test
    void aSubjectOfAnotherJurisdictionIsAnsweredAsOneThatDoesNotExist() {
        String phucXa = TestTokens.communeHealth("01", JobData.PHUC_XA);
        String elsewhere = check(phucXa, "S-6").statusCode(404)
                .body("code", equalTo(SubjectMatchResource.SUBJECT_NOT_FOUND)).extract().path("message");
        String nowhere = check(phucXa, "S-404").statusCode(404)
                .body("code", equalTo(SubjectMatchResource.SUBJECT_NOT_FOUND)).extract().path("message");
        assertThat(elsewhere.replace("S-6", "?")).isEqualTo(nowhere.replace("S-404", "?"));

        check(TestTokens.provinceHealth("79"), "S-1").statusCode(404)
                .body("code", equalTo(SubjectMatchResource.SUBJECT_NOT_FOUND));
        check(TestTokens.communeHealth("01", JobData.TRUC_BACH), "S-1").statusCode(404);
        check(TestTokens.communeHealth("01", JobData.TRUC_BACH), "S-6").statusCode(200);
        check(TestTokens.provinceHealth("01"), "S-6").statusCode(200);
        check(TestTokens.provinceHealth("01"), "S-7").statusCode(404);
        check(TestTokens.ministry(), "S-7").statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void onlyHealthStaffAndTheMinistryMayCheck() {
        Map<String, String> s1 = Map.of("subjectId", "S-1");
        given().contentType(ContentType.JSON).body(s1).post(MATCH)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        check(TestTokens.facilityStaff("F-01"), s1).statusCode(403).body("code", equalTo("ROLE_NOT_ALLOWED"));
        check(TestTokens.citizenSession("S-1"), s1).statusCode(403);
    }

    @Test
    void eachUnreadableProposedValueHasItsOwnCode() {
        Map<String, String> proposed = Map.of("fullName", " ", "dateOfBirth", "31/02/1985", "gender", "X",
                "idNumber", "00108501234");
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1", proposed).statusCode(422)
                .body("code", equalTo(SubjectMatchResource.INVALID_PROPOSED_VALUES))
                .body("errors.field", contains("proposed.fullName", "proposed.dateOfBirth",
                        "proposed.gender", "proposed.idNumber"))
                .body("errors.code", contains("INVALID_FULL_NAME", "INVALID_DATE_OF_BIRTH",
                        "INVALID_GENDER", "INVALID_ID_NUMBER"));
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1", Map.of("gender", "Nữ")).statusCode(200)
                .body("status", equalTo("MISMATCH")).body("mismatchedFields", contains("gender"));
    }
}
