package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class SubjectMatchResourceExplainsOneSubject {

    private static final String MATCH = SubjectMatchResource.PATH;

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
    }

    @Test
    void exactDataIsVerifiedWithEveryFieldAgreeing() {
        as(TestTokens.communeHealth("01", JobData.PHUC_XA))
                .body(subject("Đặng Văn Đức", "07/03/1985", "Nam", "001 085 012 345", JobData.PHUC_XA)).post(MATCH)
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("comparedWith", equalTo("NUMBER_HOLDER"))
                .body("fields.field", contains("id_number", "name", "dob", "gender"))
                .body("fields.verdict", contains("AGREES_AFTER_NORMALISING", "AGREES", "AGREES", "AGREES"));
    }

    @Test
    void aMismatchNamesTheFieldsAndSuggestsThePerson() {
        as(TestTokens.provinceHealth("01"))
                .body(subject("Dang Van Duc", "1985", "Nam", "001085012345", JobData.PHUC_XA)).post(MATCH)
                .then().statusCode(200)
                .body("status", equalTo("MISMATCH"))
                .body("mismatchedFields", contains("name", "dob"))
                .body("suggestedIdNumber", equalTo("001085012345"))
                .body("confidence", greaterThanOrEqualTo(0.9f))
                .body("fields.verdict", contains("AGREES", "CLOSE", "CLOSE", "AGREES"));
    }

    @Test
    void aMissingNumberStillGetsASuggestion() {
        as(TestTokens.communeHealth("01", JobData.PHUC_XA))
                .body(subject("Đặng Thị Hòa", "02/11/1987", "Nữ", "", JobData.PHUC_XA)).post(MATCH)
                .then().statusCode(200)
                .body("status", equalTo("MISSING_ID"))
                .body("suggestedIdNumber", equalTo("001187054321"))
                .body("fields", hasSize(4));
    }

    @Test
    void theCommuneIsRequiredAndMustBeKnown() {
        as(TestTokens.provinceHealth("01")).body(subject("A", "1990", "M", "", null)).post(MATCH)
                .then().statusCode(400).body("code", equalTo(SubjectMatchResource.COMMUNE_REQUIRED));
        as(TestTokens.provinceHealth("01")).body(subject("A", "1990", "M", "", "99999")).post(MATCH)
                .then().statusCode(400).body("code", equalTo(SubjectMatchResource.UNKNOWN_COMMUNE));
    }

    @Test
    void onlyHealthStaffOfThatCommuneOrProvinceMayCheckItsPeople() {
        Map<String, String> phucXa = subject("Đặng Văn Đức", "07/03/1985", "Nam", "001085012345", JobData.PHUC_XA);
        given().contentType(ContentType.JSON).body(phucXa).post(MATCH)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        as(TestTokens.facilityStaff("F-01")).body(phucXa).post(MATCH)
                .then().statusCode(403).body("code", equalTo("ROLE_NOT_ALLOWED"));
        as(TestTokens.citizenSession("S-1")).body(phucXa).post(MATCH).then().statusCode(403);
        as(TestTokens.communeHealth("01", JobData.TRUC_BACH)).body(phucXa).post(MATCH)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
        as(TestTokens.provinceHealth("79")).body(phucXa).post(MATCH)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_JURISDICTION"));
    }

    private static Map<String, String> subject(String name, String dob, String gender, String id, String commune) {
        Map<String, String> body = new HashMap<>();
        body.put("subjectId", "S-9");
        body.put("fullName", name);
        body.put("dateOfBirth", dob);
        body.put("gender", gender);
        body.put("idNumber", id);
        body.put("communeCode", commune);
        return body;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
