package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class CorrectionWorkflowFixesAListFromStationToVerifiedSubjects {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    private static final String VILLAGE = TestTokens.villageTeam(CleanUpData.PHUC_XA, "Tổ 1");

    @Inject
    Pool pool;
    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void theListGoesFromStationToVillageToPoliceAndBackAndItsSubjectsEndVerified() {
        JsonPath list = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201)
                .body("state", equalTo("OPEN"))
                .body("items.subjectId", containsInAnyOrder("S-2", "S-3", "S-4", "S-5"))
                .body("items.suggestion.idNumber.findAll { it != null }", everyItem(matchesPattern("\\d{3}\\*+\\d{2}")))
                .extract().jsonPath();
        String listPath = ListsResource.PATH + "/" + list.getString("id");
        long missingId = item(list, "S-3");
        long mismatch = item(list, "S-2");
        long invalid = item(list, "S-4");
        long notFound = item(list, "S-5");

        as(STATION).body(Map.of("village", "Tổ 1")).put(listPath + "/items/" + missingId + "/assignment")
                .then().statusCode(200).body("state", equalTo("ASSIGNED"));
        as(VILLAGE).get(listPath).then().statusCode(200).body("items.subjectId", containsInAnyOrder("S-3"));
        as(VILLAGE).body(Map.of("idNumber", "001187054321")).put(listPath + "/items/" + missingId + "/proposal")
                .then().statusCode(200).body("state", equalTo("PROPOSED"))
                .body("proposal.idNumber", equalTo("001187054321"));
        as(STATION).body(Map.of("outcome", "NOT_FOUND", "note", "Không ai trong tổ biết người này"))
                .put(listPath + "/items/" + notFound + "/proposal").then().statusCode(200);

        String contentHash = as(STATION).post(listPath + "/sending").then().statusCode(200)
                .body("state", equalTo("WITH_POLICE")).extract().path("contentHash");
        assertThat(contentHash).matches("[0-9a-f]{64}");
        as(POLICE).get(listPath).then().statusCode(200)
                .body("items.find { it.subjectId == 'S-2' }.suggestion.idNumber", equalTo("001187054321"));
        assertThat(JobData.count(pool, "SELECT count(*) FROM registry_disclosure WHERE revealed = 'CORRECTION_LIST'"
                + " AND account = 'test-account-commune-police' AND list_id = $1", java.util.UUID.fromString(
                list.getString("id")))).as("the police's read of the suggestions, audited").isEqualTo(1);

        as(POLICE).post(listPath + "/bulk-confirmation").then().statusCode(200)
                .body("corrected", equalTo(2)).body("belowConfidence", equalTo(2)).body("contradicted", equalTo(0));
        as(POLICE).body(Map.of("decision", "REJECT", "reason", "Số không tồn tại trong CSDL dân cư"))
                .put(listPath + "/items/" + invalid + "/decision").then().statusCode(200)
                .body("state", equalTo("REJECTED"));
        as(POLICE).body(Map.of("decision", "CONFIRM")).put(listPath + "/items/" + notFound + "/decision")
                .then().statusCode(200).body("state", equalTo("CONFIRMED"));

        String document = as(POLICE).post(listPath + "/hand-back").then().statusCode(200)
                .body("decisionsHash", matchesPattern("[0-9a-f]{64}")).extract().path("document");
        given().contentType(ContentType.TEXT).body(document).post("/v1/correction/hand-back-checks")
                .then().statusCode(200).body("valid", is(true)).body("content.contentHash", equalTo(contentHash))
                .body("content.decisions", hasSize(4));
        given().get("/v1/correction/hand-back-keys").then().statusCode(200).body("keys[0].kty", equalTo("EC"));

        as(STATION).post(listPath + "/application").then().statusCode(200)
                .body("alreadyApplied", is(false)).body("changed", equalTo(2)).body("verified", equalTo(2));
        as(STATION).post(listPath + "/application").then().statusCode(200)
                .body("alreadyApplied", is(true)).body("changed", equalTo(0));

        as(STATION).queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/verification-list")
                .then().statusCode(200)
                .body("subjectId", containsInAnyOrder("S-2", "S-3"))
                .body("check", everyItem(equalTo("VERIFIED")));
        as(STATION).get("/v1/correction/subjects/S-3/audit").then().statusCode(200)
                .body("source", containsInAnyOrder("POLICE")).body("[0].after.idNumber", equalTo("001187054321"));
        assertThat(JobData.count(pool, "SELECT version FROM vaccination_subject WHERE subject_id = 'S-2'"))
                .isEqualTo(2);
        as(STATION).get(listPath).then().body("items.findAll { it.state == 'VERIFIED' }.subjectId",
                containsInAnyOrder("S-2", "S-3"));
    }

    @Test
    void aTamperedHandBackFailsItsCheck() {
        String listPath = sentList();
        List<Integer> ids = as(POLICE).get(listPath).then().extract().path("items.id");
        for (Integer id : ids) {
            as(POLICE).body(Map.of("decision", "REJECT", "reason", "Chưa xác minh được"))
                    .put(listPath + "/items/" + id + "/decision").then().statusCode(200);
        }
        String document = as(POLICE).post(listPath + "/hand-back").then().statusCode(200).extract().path("document");
        String[] parts = document.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        given().contentType(ContentType.TEXT).body(tampered).post("/v1/correction/hand-back-checks")
                .then().statusCode(200).body("valid", is(false)).body("problem", equalTo("HAND_BACK_SIGNATURE_INVALID"));
        given().contentType(ContentType.TEXT).body("not a document").post("/v1/correction/hand-back-checks")
                .then().statusCode(200).body("valid", is(false)).body("problem", equalTo("HAND_BACK_MALFORMED"));
    }

    @Test
    void aProposalThatDisagreesWithTheSuggestionKeepsTheItemOutOfBulkConfirmation() {
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String listPath = ListsResource.PATH + "/" + id;
        long mismatch = item(as(STATION).get(listPath).then().extract().jsonPath(), "S-2");
        as(STATION).body(Map.of("fullName", "Đặng Thị Hoà Bình")).put(listPath + "/items/" + mismatch + "/proposal")
                .then().statusCode(200);
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        as(POLICE).post(listPath + "/bulk-confirmation").then().statusCode(200)
                .body("corrected", equalTo(1)).body("contradicted", equalTo(1));
        as(POLICE).get(listPath).then().body("items.find { it.subjectId == 'S-2' }.state", equalTo("WITH_POLICE"));
    }

    @Test
    void aConfirmedDeathClosesTheItemAndRecordsTheDeath() {
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String listPath = ListsResource.PATH + "/" + id;
        long notFound = item(as(STATION).get(listPath).then().extract().jsonPath(), "S-5");
        as(STATION).body(Map.of("outcome", "DECEASED", "note", "Mất năm 2021, theo tổ dân phố"))
                .put(listPath + "/items/" + notFound + "/proposal").then().statusCode(200);
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        List<Integer> ids = as(POLICE).get(listPath).then().extract().path("items.id");
        for (Integer item : ids) {
            Map<String, String> decision = item == notFound ? Map.of("decision", "CONFIRM")
                    : Map.of("decision", "REJECT", "reason", "Chưa xác minh được");
            as(POLICE).body(decision).put(listPath + "/items/" + item + "/decision").then().statusCode(200);
        }
        as(POLICE).post(listPath + "/hand-back").then().statusCode(200);
        as(STATION).post(listPath + "/application").then().statusCode(200).body("closed", equalTo(1));
        as(STATION).get(listPath).then().body("items.find { it.subjectId == 'S-5' }.state", equalTo("CLOSED"));
        assertThat(JobData.count(pool, "SELECT count(*) FROM subject_death WHERE subject_id = 'S-5'")).isEqualTo(1);
    }

    @Test
    void policeCannotSignWhileItemsAreUndecided() {
        String listPath = sentList();
        as(POLICE).post(listPath + "/hand-back").then().statusCode(409).body("code", equalTo("UNDECIDED_ITEMS"))
                .body("currentState", equalTo("WITH_POLICE"));
    }

    @Test
    void aSentListCannotChangeUntilItComesBack() {
        String listPath = sentList();
        List<Integer> ids = as(STATION).get(listPath).then().extract().path("items.id");
        as(STATION).body(Map.of("village", "Tổ 2")).put(listPath + "/items/" + ids.get(0) + "/assignment")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("WITH_POLICE"));
        as(STATION).body(Map.of("fullName", "Đặng Thị Hòa")).put(listPath + "/items/" + ids.get(0) + "/proposal")
                .then().statusCode(409).body("currentState", equalTo("WITH_POLICE"));
        as(STATION).post(listPath + "/application").then().statusCode(409).body("currentState", equalTo("WITH_POLICE"));
    }

    @Test
    void aSecondListOfTheSameCommuneWaitsForTheFirst() {
        as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH).then().statusCode(201);
        as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH).then().statusCode(409)
                .body("code", equalTo("LIST_ALREADY_OPEN"));
    }

    private String sentList() {
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String listPath = ListsResource.PATH + "/" + id;
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        return listPath;
    }

    private static long item(JsonPath list, String subjectId) {
        return list.getLong("items.find { it.subjectId == '" + subjectId + "' }.id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
