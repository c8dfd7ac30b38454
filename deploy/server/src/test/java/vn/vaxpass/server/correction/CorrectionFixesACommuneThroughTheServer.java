package vn.vaxpass.server.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.server.SyntheticSetImport;
import vn.vaxpass.server.clock.MovableClock;
import vn.vaxpass.synthetic.SyntheticDataGenerator;
import vn.vaxpass.synthetic.TruthFile;
import vn.vaxpass.testing.TestTokens;

/**
 * The clean-up workflow the whole way through the server, over its HTTP endpoints: a synthetic set imported and its
 * commune matched by a job → the station's list → a village proposal → the police's bulk confirmation and decisions
 * → the signed hand-back, checked → applied and re-matched → the verification list shows the fixed subject VERIFIED →
 * that subject, refused a certificate before, gets one that verifies; and a subject whose served certificate a direct
 * edit changed finds it on the revocation list (the verify function refuses it as revoked).
 */
@QuarkusTest
class CorrectionFixesACommuneThroughTheServer {

    private static final String LISTS = "/v1/correction/lists";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;
    @Inject
    SyntheticSetImport synthetic;
    @Inject
    DoseConfirmations confirmations;
    @Inject
    MovableClock clock;
    @ConfigProperty(name = "vaxpass.revocations.refresh", defaultValue = "5m")
    Duration refresh;

    @TempDir
    Path data;

    private String province;
    private String commune;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aCommunesWrongRecordIsCorrectedAndItsPersonGetsACertificate() throws Exception {
        Map<String, TruthFile.Expected> truth = synthetic.importInto(data,
                SyntheticDataGenerator.Settings.of(1_200, 400, 23));
        String[] neighbours = twoNeighboursWithDoses(truth);
        String blocked = neighbours[0];
        String served = neighbours[1];
        confirmTheDosesOf(blocked, served);
        matchTheCommuneThroughAJob();

        certificate(blocked).statusCode(409);
        String oldCertificate = certificate(served).statusCode(200).extract().asString();

        String station = TestTokens.communeHealth(province, commune);
        String police = TestTokens.communePolice(commune);
        JsonPath list = as(station).body(Map.of("communeCode", commune)).post(LISTS).then().statusCode(201)
                .extract().jsonPath();
        String listPath = LISTS + "/" + list.getString("id");
        long item = list.getLong("items.find { it.subjectId == '" + blocked + "' }.id");
        as(station).body(Map.of("village", "Thôn Đông")).put(listPath + "/items/" + item + "/assignment")
                .then().statusCode(200);
        as(TestTokens.villageTeam(commune, "Thôn Đông")).body(Map.of("idNumber", truth.get(blocked).trueIdNumber()))
                .put(listPath + "/items/" + item + "/proposal").then().statusCode(200);
        as(station).post(listPath + "/sending").then().statusCode(200);

        as(police).post(listPath + "/bulk-confirmation").then().statusCode(200);
        decideTheRest(police, listPath, blocked, truth.get(blocked).trueIdNumber());
        String document = as(police).post(listPath + "/hand-back").then().statusCode(200).extract().path("document");
        given().contentType(ContentType.TEXT).body(document).post("/v1/correction/hand-back-checks").then()
                .statusCode(200).body("valid", is(true));
        as(station).post(listPath + "/application").then().statusCode(200).body("alreadyApplied", is(false));

        as(station).queryParam("commune", commune).get("/v1/correction/verification-list").then().statusCode(200)
                .body("find { it.subjectId == '" + blocked + "' }.check", equalTo(MatchStatus.VERIFIED.name()));
        String fresh = certificate(blocked).statusCode(200).extract().asString();
        verified(fresh).body("valid", is(true));

        directEditOf(station, served);
        clock.moveTo(clock.instant().plus(refresh).plusSeconds(1));
        verified(oldCertificate).body("valid", is(false)).body("error", equalTo("CERTIFICATE_REVOKED"));
        given().get("/v1/revocations").then().statusCode(200).body("entries", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.empty()));
    }

    /**
     * Two subjects with doses of one commune: one without an ID number whose true person is in the registry (the
     * record to fix), one VERIFIED (whose certificate a later edit revokes). Sets the commune and its province.
     */
    private String[] twoNeighboursWithDoses(Map<String, TruthFile.Expected> truth) {
        Map<String, String[]> byCommune = new java.util.TreeMap<>();
        for (Row row : pool.query("SELECT DISTINCT s.subject_id, s.province_code, s.commune_code FROM"
                + " vaccination_subject s JOIN dose d ON d.subject_id = s.subject_id ORDER BY 1").executeAndAwait()) {
            TruthFile.Expected expected = truth.get(row.getString(0));
            if (expected == null) {
                continue; // another test's subject in the same database
            }
            String[] pair = byCommune.computeIfAbsent(row.getString(2), code -> new String[3]);
            pair[2] = row.getString(1);
            if (expected.status() == MatchStatus.MISSING_ID && expected.trueIdNumber() != null && pair[0] == null) {
                pair[0] = row.getString(0);
            } else if (expected.status() == MatchStatus.VERIFIED && pair[1] == null) {
                pair[1] = row.getString(0);
            }
            if (pair[0] != null && pair[1] != null) {
                commune = row.getString(2);
                province = pair[2];
                return pair;
            }
        }
        throw new AssertionError("the synthetic set has a commune with a fixable record and a verified one");
    }

    private void confirmTheDosesOf(String... subjects) {
        for (Row dose : pool.preparedQuery("SELECT DISTINCT facility_code, vaccinated_on FROM dose"
                + " WHERE subject_id = ANY($1)").executeAndAwait(Tuple.of(subjects))) {
            confirmations.confirmDay(dose.getString(0), dose.getLocalDate(1), "staff-1", Instant.now())
                    .await().indefinitely();
        }
    }

    private void matchTheCommuneThroughAJob() {
        String token = TestTokens.communeHealth(province, commune);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", commune))
                .when().post("/v1/registry-match/jobs").then().statusCode(202).extract().path("id");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!"FINISHED".equals(given().auth().oauth2(token).get("/v1/registry-match/jobs/" + id).then()
                .statusCode(200).extract().path("state"))) {
            assertThat(Instant.now()).as("the job finished in time").isBefore(deadline);
            pause();
        }
    }

    /** The blocked subject corrected to its registry person (unless bulk confirmation did); every other item rejected. */
    private void decideTheRest(String police, String listPath, String blocked, String idNumber) {
        Row person = pool.preparedQuery("SELECT full_name, date_of_birth, gender FROM registry_person"
                + " WHERE id_number = $1").executeAndAwait(Tuple.of(idNumber)).iterator().next();
        List<Map<String, Object>> items = as(police).get(listPath).then().statusCode(200).extract()
                .path("items.findAll { it.state == 'WITH_POLICE' }");
        for (Map<String, Object> item : items) {
            Map<String, String> decision = new HashMap<>();
            if (blocked.equals(item.get("subjectId"))) {
                decision.putAll(Map.of("decision", "CORRECT", "idNumber", idNumber,
                        "fullName", person.getString(0), "dateOfBirth", person.getString(1),
                        "gender", person.getString(2)));
            } else {
                decision.putAll(Map.of("decision", "REJECT", "reason", "Chưa xác minh được"));
            }
            as(police).body(decision).put(listPath + "/items/" + item.get("id") + "/decision").then().statusCode(200);
        }
        as(police).get(listPath).then().body("items.find { it.subjectId == '" + blocked + "' }.state",
                org.hamcrest.Matchers.oneOf("CORRECTED", "CONFIRMED"));
    }

    /** The station corrects the served subject's name to capitals: the same person, a new version of the record. */
    private void directEditOf(String station, String subjectId) {
        JsonPath record = as(station).get("/v1/correction/subjects/" + subjectId).then().statusCode(200).extract()
                .jsonPath();
        as(station).header("If-Match", "\"" + record.getInt("version") + "\"")
                .body(Map.of("fullName", record.getString("fullName").toUpperCase(java.util.Locale.ROOT),
                        "reason", "Viết hoa theo giấy tờ"))
                .put("/v1/correction/subjects/" + subjectId).then().statusCode(200).body("changed", is(true));
        given().get("/v1/revocations").then().statusCode(200);
    }

    private ValidatableResponse certificate(String subjectId) {
        return given().auth().oauth2(TestTokens.ministry()).accept("text/plain")
                .get("/v1/subjects/{id}/certificate", subjectId).then();
    }

    private ValidatableResponse verified(String hc1) {
        return given().contentType(ContentType.JSON).body(Map.of("hc1", hc1)).post("/v1/certificates/verify").then()
                .statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Polling the asynchronous worker, not timing it. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
