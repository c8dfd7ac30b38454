package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class CitizenReportsBecomeItemsOfTheNextList {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);

    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void aVerifiedCitizensReportIsListedWithTheirValuesAsTheProposal() {
        String session = TestTokens.citizenSession("S-1");
        as(session).body(Map.of("dateOfBirth", "08/03/1985", "note", "Ngày sinh trên giấy khai sinh là 8/3"))
                .post("/v1/correction/reports").then().statusCode(201).body("state", equalTo("RECEIVED"))
                .body("dateOfBirth", equalTo("1985-03-08"));
        as(session).body(Map.of("dateOfBirth", "09/03/1985")).post("/v1/correction/reports").then().statusCode(409)
                .body("code", equalTo("REPORT_ALREADY_OPEN"));

        as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH).then().statusCode(201)
                .body("items.find { it.subjectId == 'S-1' }.source", equalTo("CITIZEN_REPORT"))
                .body("items.find { it.subjectId == 'S-1' }.state", equalTo("PROPOSED"))
                .body("items.find { it.subjectId == 'S-1' }.proposal.dateOfBirth", equalTo("1985-03-08"));
        as(session).get("/v1/correction/reports").then().statusCode(200).body("state", equalTo("LISTED"));
    }

    @Test
    void aReportSaysWhatIsWrong() {
        as(TestTokens.citizenSession("S-1")).body(Map.of("note", "Sai")).post("/v1/correction/reports").then()
                .statusCode(400).body("code", equalTo("PROPOSAL_EMPTY"));
        as(TestTokens.citizenSession("S-1")).body(Map.of("idNumber", "123")).post("/v1/correction/reports").then()
                .statusCode(422).body("errors[0].code", equalTo("INVALID_ID_NUMBER"));
        as(TestTokens.citizenSession("S-1")).post("/v1/correction/reports").then().statusCode(400)
                .body("code", equalTo("BODY_REQUIRED"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
