package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.oneOf;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.testing.TestTokens;

/**
 * Who may call what: every correction endpoint, for each role of Phúc Xá's own (station, a village team, police), the
 * same roles of another commune, the province, another province, the ministry, a facility, a citizen and a citizen
 * session, with no token at all. A role an endpoint does not name gets 403; the right role of another commune gets
 * 404 (nothing tells it the list exists); reads and writes alike.
 */
@QuarkusTest
class CorrectionEndpointsAnswerOnlyTheirRolesWithinTheirCommune {

    private static final String OWN = CleanUpData.PHUC_XA;
    private static final String OTHER = CleanUpData.TRUC_BACH;

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, OWN);
    private static final String POLICE = TestTokens.communePolice(OWN);
    private static final String VILLAGE = TestTokens.villageTeam(OWN, "Tổ 1");
    private static final String OTHER_VILLAGE = TestTokens.villageTeam(OWN, "Tổ 9");
    private static final String FOREIGN_STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, OTHER);
    private static final String FOREIGN_POLICE = TestTokens.communePolice(OTHER);
    private static final String FOREIGN_VILLAGE = TestTokens.villageTeam(OTHER, "Tổ 1");
    private static final String PROVINCE = TestTokens.provinceHealth(CleanUpData.HA_NOI);
    private static final String FOREIGN_PROVINCE = TestTokens.provinceHealth("79");
    private static final String MINISTRY = TestTokens.ministry();
    private static final String FACILITY = TestTokens.facilityStaff("F-1");
    private static final String CITIZEN = TestTokens.role("citizen").claim("id_number", "001085012345").mint();
    private static final String SESSION = TestTokens.citizenSession("S-3");

    @Inject
    CleanUpData data;
    @Inject
    Pool pool;

    private String listPath;
    private long item;

    @BeforeEach
    void openList() {
        data.reset();
        String id = as(STATION).body(Map.of("communeCode", OWN)).post(ListsResource.PATH).then().statusCode(201)
                .extract().path("id");
        listPath = ListsResource.PATH + "/" + id;
        item = ((Number) as(STATION).get(listPath).then().extract().path("items.find { it.subjectId == 'S-3' }.id"))
                .longValue();
        as(STATION).body(Map.of("village", "Tổ 1")).put(itemPath("assignment")).then().statusCode(200);
    }

    @Test
    void readingAListIsForTheCommunesRolesItsProvinceAndTheMinistry() {
        for (String reader : List.of(STATION, POLICE, VILLAGE, PROVINCE, MINISTRY)) {
            as(reader).get(listPath).then().statusCode(200);
        }
        as(OTHER_VILLAGE).get(listPath).then().statusCode(200).body("items.size()", equalTo(0));
        for (String stranger : List.of(FOREIGN_STATION, FOREIGN_POLICE, FOREIGN_VILLAGE, FOREIGN_PROVINCE)) {
            as(stranger).get(listPath).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
        for (String role : List.of(FACILITY, CITIZEN, SESSION)) {
            as(role).get(listPath).then().statusCode(403);
        }
        given().get(listPath).then().statusCode(401);
    }

    @Test
    void creatingAListIsTheStationsOfItsOwnCommune() {
        as(FOREIGN_STATION).body(Map.of("communeCode", OWN)).post(ListsResource.PATH).then().statusCode(404);
        for (String role : List.of(POLICE, VILLAGE, PROVINCE, MINISTRY, FACILITY, CITIZEN, SESSION)) {
            as(role).body(Map.of("communeCode", OTHER)).post(ListsResource.PATH).then().statusCode(403);
        }
    }

    @Test
    void assigningAndSendingAreTheStations() {
        for (String role : List.of(POLICE, VILLAGE, PROVINCE, MINISTRY, CITIZEN, SESSION)) {
            as(role).body(Map.of("village", "Tổ 2")).put(itemPath("assignment")).then().statusCode(403);
            as(role).post(listPath + "/sending").then().statusCode(403);
        }
        as(FOREIGN_STATION).body(Map.of("village", "Tổ 2")).put(itemPath("assignment")).then().statusCode(404);
        as(FOREIGN_STATION).post(listPath + "/sending").then().statusCode(404);
    }

    @Test
    void proposingIsTheVillageTeamsOfItsVillageOrTheStations() {
        Map<String, String> proposal = Map.of("idNumber", "001187054321");
        as(OTHER_VILLAGE).body(proposal).put(itemPath("proposal")).then().statusCode(404);
        as(FOREIGN_VILLAGE).body(proposal).put(itemPath("proposal")).then().statusCode(404);
        as(FOREIGN_STATION).body(proposal).put(itemPath("proposal")).then().statusCode(404);
        for (String role : List.of(POLICE, PROVINCE, MINISTRY, SESSION)) {
            as(role).body(proposal).put(itemPath("proposal")).then().statusCode(403);
        }
        as(VILLAGE).body(proposal).put(itemPath("proposal")).then().statusCode(200);
        as(STATION).body(proposal).put(itemPath("proposal")).then().statusCode(200);
    }

    @Test
    void decidingConfirmingSigningAreThePolicesOfItsCommune() {
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        Map<String, String> reject = Map.of("decision", "REJECT", "reason", "Chưa xác minh");
        for (String role : List.of(STATION, VILLAGE, PROVINCE, MINISTRY, SESSION)) {
            as(role).body(reject).put(itemPath("decision")).then().statusCode(403);
            as(role).post(listPath + "/bulk-confirmation").then().statusCode(403);
            as(role).post(listPath + "/hand-back").then().statusCode(403);
        }
        as(FOREIGN_POLICE).body(reject).put(itemPath("decision")).then().statusCode(404);
        as(FOREIGN_POLICE).post(listPath + "/bulk-confirmation").then().statusCode(404);
        as(FOREIGN_POLICE).post(listPath + "/hand-back").then().statusCode(404);
        as(POLICE).body(reject).put(itemPath("decision")).then().statusCode(200);
    }

    @Test
    void applyingIsTheStationsOfItsCommune() {
        for (String role : List.of(POLICE, VILLAGE, PROVINCE, MINISTRY, SESSION)) {
            as(role).post(listPath + "/application").then().statusCode(403);
        }
        as(FOREIGN_STATION).post(listPath + "/application").then().statusCode(404);
        as(STATION).post(listPath + "/application").then().statusCode(409).body("currentState", equalTo("OPEN"));
    }

    @Test
    void aSubjectsRecordIsItsStationsAndItsAuditTrailAlsoThePolicesAndTheMinistrys() {
        as(STATION).get("/v1/correction/subjects/S-2").then().statusCode(200).header("ETag", "\"1\"");
        as(FOREIGN_STATION).get("/v1/correction/subjects/S-2").then().statusCode(404);
        as(FOREIGN_STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "x"))
                .put("/v1/correction/subjects/S-2").then().statusCode(404);
        for (String role : List.of(POLICE, VILLAGE, PROVINCE, MINISTRY, SESSION)) {
            as(role).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "x"))
                    .put("/v1/correction/subjects/S-2").then().statusCode(403);
        }
        for (String reader : List.of(STATION, POLICE, MINISTRY)) {
            as(reader).get("/v1/correction/subjects/S-2/audit").then().statusCode(200);
        }
        as(FOREIGN_POLICE).get("/v1/correction/subjects/S-2/audit").then().statusCode(404);
        for (String role : List.of(VILLAGE, PROVINCE, SESSION)) {
            as(role).get("/v1/correction/subjects/S-2/audit").then().statusCode(403);
        }
    }

    /** The edit is refused before it counts against the quota: a refused caller writes nothing (the access matrix). */
    @Test
    void aRefusedEditOfAnotherCommunesSubjectCostsTheCallerNoRegistryCheck() {
        String stranger = TestTokens.role(Roles.COMMUNE_HEALTH).subject("station-of-truc-bach")
                .province(CleanUpData.HA_NOI).commune(OTHER).mint();
        as(stranger).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "x"))
                .put("/v1/correction/subjects/S-2").then().statusCode(404);
        assertEquals(0L, count("SELECT count(*) FROM registry_quota WHERE account = 'station-of-truc-bach'"));
        assertEquals(1L, count("SELECT version FROM vaccination_subject WHERE subject_id = 'S-2'"));
    }

    @Test
    void theVerificationListAndProgressStayWithinTheCallersReach() {
        for (String reader : List.of(STATION, POLICE, PROVINCE, MINISTRY)) {
            as(reader).queryParam("commune", OWN).get("/v1/correction/verification-list").then().statusCode(200);
            as(reader).queryParam("province", CleanUpData.HA_NOI).queryParam("commune", OWN)
                    .get("/v1/correction/progress").then().statusCode(200);
        }
        as(FOREIGN_STATION).queryParam("commune", OWN).get("/v1/correction/verification-list").then()
                .statusCode(404);
        as(VILLAGE).queryParam("commune", OWN).get("/v1/correction/verification-list").then().statusCode(403);
        as(PROVINCE).queryParam("province", CleanUpData.HA_NOI).get("/v1/correction/progress").then()
                .statusCode(200).body("communes." + OWN + ".itemsByState.OPEN", equalTo(3));
        as(FOREIGN_PROVINCE).queryParam("province", CleanUpData.HA_NOI).get("/v1/correction/progress").then()
                .statusCode(403).body("code", equalTo("OUTSIDE_SCOPE"));
        as(STATION).queryParam("province", CleanUpData.HA_NOI).get("/v1/correction/progress").then()
                .statusCode(403);
        as(PROVINCE).get("/v1/correction/progress").then().statusCode(403);
        as(MINISTRY).get("/v1/correction/progress").then().statusCode(200);
        as(FACILITY).get("/v1/correction/progress").then().statusCode(403);
    }

    @Test
    void reportsAreACitizenSessionsForItsOwnRecordOnly() {
        for (String role : List.of(STATION, POLICE, VILLAGE, PROVINCE, MINISTRY, CITIZEN)) {
            as(role).body(Map.of("fullName", "Đặng Thị Hòa")).post("/v1/correction/reports").then().statusCode(403);
        }
        as(SESSION).body(Map.of("fullName", "Đặng Thị Hòa")).post("/v1/correction/reports").then().statusCode(201);
        as(TestTokens.citizenSession("S-2")).get("/v1/correction/reports").then().statusCode(404);
    }

    @Test
    void theHandBackKeysAndChecksAreForAnyone() {
        Response keys = given().get("/v1/correction/hand-back-keys");
        keys.then().statusCode(200).body("keys[0].use", oneOf("sig"));
        given().contentType(ContentType.TEXT).body("x").post("/v1/correction/hand-back-checks").then().statusCode(200);
    }

    private long count(String sql) {
        return pool.query(sql).executeAndAwait().iterator().next().getLong(0);
    }

    private String itemPath(String action) {
        return listPath + "/items/" + item + "/" + action;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
