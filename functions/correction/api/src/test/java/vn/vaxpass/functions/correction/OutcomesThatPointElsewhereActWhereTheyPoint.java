package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.issuance.RevocationStore;
import vn.vaxpass.issuance.RevokedCertificate;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * The outcomes that point elsewhere, through the HTTP API from proposal to apply: a duplicate merged into the subject
 * it duplicates, a move offered to the commune moved to and registered there on arrival, and a merged commune whose
 * old code's records are listed, read and counted as today's commune's.
 */
@QuarkusTest
class OutcomesThatPointElsewhereActWhereTheyPoint {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    private static final String OTHER_STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.TRUC_BACH);
    private static final String OTHER_POLICE = TestTokens.communePolice(CleanUpData.TRUC_BACH);
    private static final String SERVED_UVCI = "URN:UVCI:01:VN:DUPLICATE-S3#Z";

    @Inject
    Pool pool;
    @Inject
    CleanUpData data;
    @Inject
    RevocationStore revocations;

    @BeforeEach
    void data() {
        data.reset();
        pool.query("DELETE FROM certificate_served WHERE uvci = '" + SERVED_UVCI + "'").executeAndAwait();
    }

    @Test
    void aConfirmedDuplicateIsMergedIntoTheSubjectKeptOnceAndItsCertificateRevoked() {
        // S-3 (no ID number) is S-2's person: dose 2 was recorded under S-3, dose 1 under S-2; S-3 was served a
        // certificate for its dose.
        pool.query("INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product, manufacturer,"
                + " prophylaxis, lot, facility_code) VALUES"
                + " (900001, 'S-2', 1, 2, '2021-08-01', 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF1', '01-001'),"
                + " (900002, 'S-3', 2, 2, '2021-09-14', 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2', '01-001')")
                .executeAndAwait();
        pool.query("INSERT INTO dose_confirmation (dose_id, facility_code, confirmed_by, confirmed_at, content_hash)"
                + " VALUES (900002, '01-001', 'staff', now(), decode(repeat('ab', 32), 'hex'))").executeAndAwait();
        pool.query("INSERT INTO certificate_served (uvci, subject_id, subject_version, window_start, expires_at, dose_id,"
                + " dose_hash, first_served_at) VALUES ('" + SERVED_UVCI + "', 'S-3', 1, now(), now() + interval"
                + " '300 days', 900002, decode(repeat('ab', 32), 'hex'), now())").executeAndAwait();
        assertThat(revokedCount()).as("not revoked before the merge").isZero();

        String listPath = newList(STATION);
        long duplicate = item(as(STATION).get(listPath).then().extract().jsonPath(), "S-3");
        String proposal = listPath + "/items/" + duplicate + "/proposal";
        as(OTHER_STATION).body(Map.of("outcome", "DUPLICATE_OF", "duplicateOf", "S-404", "note", "Cùng một người"))
                .put(proposal).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(STATION).body(Map.of("outcome", "DUPLICATE_OF", "note", "Cùng một người")).put(proposal)
                .then().statusCode(422).body("errors[0].code", equalTo("DUPLICATE_OF_REQUIRED"));
        as(STATION).body(Map.of("outcome", "DUPLICATE_OF", "duplicateOf", "S-3", "note", "Cùng một người")).put(proposal)
                .then().statusCode(422).body("errors[0].code", equalTo("DUPLICATE_OF_ITSELF"));
        as(STATION).body(Map.of("outcome", "DUPLICATE_OF", "duplicateOf", "S-404", "note", "Cùng một người"))
                .put(proposal).then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_SUBJECT"));
        as(STATION).body(Map.of("outcome", "DUPLICATE_OF", "duplicateOf", "S-6", "note", "Cùng một người"))
                .put(proposal).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(STATION).body(Map.of("outcome", "DECEASED", "duplicateOf", "S-2", "note", "Mất")).put(proposal)
                .then().statusCode(422).body("errors[0].code", equalTo("TARGET_NOT_EXPECTED"));
        as(STATION).body(Map.of("outcome", "DUPLICATE_OF", "duplicateOf", "S-2", "note", "Cùng một người")).put(proposal)
                .then().statusCode(200).body("outcome", equalTo("DUPLICATE_OF")).body("duplicateOf", equalTo("S-2"));
        given().auth().oauth2(STATION).get(listPath + "/spreadsheet").then().statusCode(200);

        handBack(listPath, STATION, POLICE, duplicate);
        long checksOfKept = JobData.count(pool, "SELECT count(*) FROM match_result WHERE subject_id = 'S-2'");
        as(STATION).post(listPath + "/application").then().statusCode(200)
                .body("merged", equalTo(1)).body("closed", equalTo(1)).body("notMerged.size()", equalTo(0));

        assertThat(JobData.count(pool, "SELECT count(*) FROM dose WHERE subject_id = 'S-2'")).isEqualTo(2);
        assertThat(JobData.count(pool, "SELECT count(*) FROM dose WHERE subject_id = 'S-3'")).isZero();
        assertThat(JobData.count(pool, "SELECT count(*) FROM subject_merge WHERE subject_id = 'S-3'"
                + " AND kept_subject_id = 'S-2'")).isEqualTo(1);
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_result WHERE subject_id = 'S-2'"))
                .as("the subject kept, re-matched").isEqualTo(checksOfKept + 1);
        assertThat(revokedCount()).as("the duplicate's served certificate, revoked").isEqualTo(1);
        as(STATION).get("/v1/correction/subjects/S-3/audit").then().statusCode(200)
                .body("source", hasItem("POLICE")).body("[0].after.fullName", equalTo("Đặng Thị Hòa"));
        as(STATION).get("/v1/correction/subjects/S-2/audit").then().statusCode(200).body("source", hasItem("POLICE"));
        as(STATION).get(listPath).then().body("items.find { it.subjectId == 'S-3' }.state", equalTo("CLOSED"));

        as(STATION).post(listPath + "/application").then().statusCode(200)
                .body("alreadyApplied", is(true)).body("merged", equalTo(0));
        assertThat(JobData.count(pool, "SELECT count(*) FROM dose WHERE subject_id = 'S-2'")).isEqualTo(2);
        assertThat(JobData.count(pool, "SELECT count(*) FROM correction_audit WHERE subject_id IN ('S-2', 'S-3')"))
                .as("applying twice audits nothing more").isEqualTo(2);
    }

    @Test
    void aMoveToAKnownCommuneIsOfferedToItsNextListAndRegisteredThereOnArrival() {
        String listPath = newList(STATION);
        long moved = item(as(STATION).get(listPath).then().extract().jsonPath(), "S-5");
        String proposal = listPath + "/items/" + moved + "/proposal";
        as(STATION).body(Map.of("outcome", "MOVED_AWAY", "movedTo", "99999", "note", "Chuyển đi")).put(proposal)
                .then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_COMMUNE"));
        as(STATION).body(Map.of("outcome", "MOVED_AWAY", "movedTo", CleanUpData.PHUC_XA, "note", "Chuyển đi"))
                .put(proposal).then().statusCode(422).body("errors[0].code", equalTo("MOVED_TO_OWN_COMMUNE"));
        as(STATION).body(Map.of("outcome", "MOVED_AWAY", "movedTo", CleanUpData.TRUC_BACH,
                "note", "Chuyển về Trúc Bạch ở với con")).put(proposal)
                .then().statusCode(200).body("movedTo", equalTo(CleanUpData.TRUC_BACH));
        handBack(listPath, STATION, POLICE, moved);
        as(STATION).post(listPath + "/application").then().statusCode(200).body("closed", equalTo(1));
        assertThat(JobData.count(pool, "SELECT count(*) FROM vaccination_subject WHERE subject_id = 'S-5'"
                + " AND commune_code = '" + CleanUpData.PHUC_XA + "'")).as("still registered where it was").isEqualTo(1);

        String otherPath = newList(OTHER_STATION);
        JsonPath other = as(OTHER_STATION).get(otherPath).then().statusCode(200)
                .body("items.find { it.subjectId == 'S-5' }.source", equalTo("MOVED_IN"))
                .body("items.find { it.subjectId == 'S-5' }.note", equalTo("Chuyển về Trúc Bạch ở với con"))
                .extract().jsonPath();
        long arrived = item(other, "S-5");
        as(OTHER_STATION).body(Map.of("fullName", "Lê Văn Tám")).put(otherPath + "/items/" + arrived + "/proposal")
                .then().statusCode(200);
        handBack(otherPath, OTHER_STATION, OTHER_POLICE, arrived);
        as(OTHER_STATION).post(otherPath + "/application").then().statusCode(200).body("movedIn", equalTo(1));
        assertThat(JobData.count(pool, "SELECT version FROM vaccination_subject WHERE subject_id = 'S-5'"
                + " AND commune_code = '" + CleanUpData.TRUC_BACH + "'")).as("registered here, a new version")
                .isEqualTo(2);
        as(OTHER_STATION).get("/v1/correction/subjects/S-5/audit").then().statusCode(200)
                .body("source", hasItem("POLICE"));

        String again = newList(OTHER_STATION);
        as(OTHER_STATION).get(again).then().statusCode(200)
                .body("items.findAll { it.source == 'MOVED_IN' }.size()", equalTo(0));
    }

    @Test
    void anOldCommuneCodesRecordsAreListedReadAndCountedAsTodaysCommunes() {
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('" + CleanUpData.TRUC_BACH + "', '"
                + CleanUpData.PHUC_XA + "')").executeAndAwait();
        JobData.subject(pool, "S-8", "Nguyễn Thị Lan", "05/06/1970", "Nữ", null, CleanUpData.TRUC_BACH, "01");

        as(STATION).body(Map.of("communeCode", CleanUpData.TRUC_BACH)).post(ListsResource.PATH).then()
                .statusCode(400).body("code", equalTo("COMMUNE_MERGED"));
        String listPath = newList(STATION);
        as(STATION).get(listPath).then().statusCode(200).body("items.subjectId", hasItem("S-8"));
        as(STATION).get("/v1/correction/subjects/S-8").then().statusCode(200);

        given().auth().oauth2(STATION).queryParam("province", CleanUpData.HA_NOI)
                .queryParam("commune", CleanUpData.PHUC_XA).get("/v1/correction/progress").then().statusCode(200)
                .body("communes." + CleanUpData.PHUC_XA + ".subjectsByCheck.NOT_CHECKED", equalTo(1))
                .body("communes." + CleanUpData.TRUC_BACH, nullValue());
        given().auth().oauth2(TestTokens.ministry()).get("/v1/correction/progress").then().statusCode(200)
                .body("communes." + CleanUpData.TRUC_BACH, nullValue())
                .body("communes." + CleanUpData.PHUC_XA + ".subjectsByCheck.NOT_CHECKED", equalTo(1))
                .body("communes", not(nullValue()));
    }

    @Test
    void aTokenNamingAnOldCommuneCodeReachesNoneOfItsRecordsAndGetsNoReportOfIt() {
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('" + CleanUpData.TRUC_BACH + "', '"
                + CleanUpData.PHUC_XA + "')").executeAndAwait();
        JobData.subject(pool, "S-8", "Nguyễn Thị Lan", "05/06/1970", "Nữ", null, CleanUpData.TRUC_BACH, "01");

        as(OTHER_STATION).get("/v1/correction/subjects/S-8").then().statusCode(404);
        given().auth().oauth2(OTHER_STATION).queryParam("province", CleanUpData.HA_NOI)
                .queryParam("commune", CleanUpData.TRUC_BACH).get("/v1/correction/progress").then().statusCode(400)
                .body("code", equalTo("COMMUNE_MERGED"));
        given().auth().oauth2(OTHER_STATION).queryParam("commune", CleanUpData.TRUC_BACH)
                .get("/v1/correction/verification-list").then().statusCode(400).body("code", equalTo("COMMUNE_MERGED"));
    }

    @Test
    void theVerificationListOfTodaysCommuneShowsTheOldCodesChangedSubjects() {
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('" + CleanUpData.TRUC_BACH + "', '"
                + CleanUpData.PHUC_XA + "')").executeAndAwait();
        given().auth().oauth2(STATION).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("fullName", "Đặng Văn Đức Minh", "reason", "Thiếu tên")).put("/v1/correction/subjects/S-6")
                .then().statusCode(200);

        given().auth().oauth2(STATION).queryParam("commune", CleanUpData.PHUC_XA)
                .get("/v1/correction/verification-list").then().statusCode(200)
                .body("subjectId", hasItem("S-6"));
    }

    /** Whether the duplicate's served certificate is on the revocation list: 1 or 0. */
    private long revokedCount() {
        List<RevokedCertificate> revoked = revocations.revokedAt(Instant.now().plus(1, ChronoUnit.MINUTES))
                .await().indefinitely();
        return revoked.stream().filter(r -> r.hash().equals(RevocationHash.of(SERVED_UVCI))).count();
    }

    /** Sends the list, the police confirm this item and reject every other one, and sign. */
    private static void handBack(String listPath, String station, String police, long confirmed) {
        as(station).post(listPath + "/sending").then().statusCode(200);
        List<Integer> ids = as(police).get(listPath).then().statusCode(200).extract().path("items.id");
        for (Integer id : ids) {
            Map<String, String> decision = id == confirmed ? Map.of("decision", "CONFIRM")
                    : Map.of("decision", "REJECT", "reason", "Chưa xác minh được");
            as(police).body(decision).put(listPath + "/items/" + id + "/decision").then().statusCode(200);
        }
        as(police).post(listPath + "/hand-back").then().statusCode(200);
    }

    private static String newList(String station) {
        String id = as(station).body(Map.of("communeCode", station.equals(STATION) ? CleanUpData.PHUC_XA
                : CleanUpData.TRUC_BACH)).post(ListsResource.PATH).then().statusCode(201).extract().path("id");
        return ListsResource.PATH + "/" + id;
    }

    private static long item(JsonPath list, String subjectId) {
        return list.getLong("items.find { it.subjectId == '" + subjectId + "' }.id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
