package vn.vaxpass.server.security;

import static io.restassured.RestAssured.given;
import static vn.vaxpass.registry.RegistryEntryFixture.person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.confirmation.VaccinationRows;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.registry.RegistryFixtureRows;
import vn.vaxpass.testing.TestTokens;

/**
 * The data the access matrix calls on, in communes of their own that no other test of the server uses: home commune
 * A (province 01), its neighbour A2 (same province), and B (province 79). In A: subject {@link #HOME} (verified, a dose
 * of facility {@link #FACILITY} confirmed, so certifiable) and {@link #UNVERIFIED} (no ID number: on every list); in B:
 * {@link #FOREIGN} (verified, a dose of {@link #OTHER_FACILITY}). A's finished match job; A's first list worked the
 * whole way (sent, decided, handed back, applied: {@link #handedBack}) and its second open with its item assigned to
 * {@link #VILLAGE} ({@link #open}, {@link #item}); a citizen report of each subject; an SMS challenge for HOME.
 * Every account the matrix uses is named {@code matrix-...}, so the quota and disclosure rows it writes are its own.
 */
final class ReachFixture {

    static final String PROVINCE = "01";
    static final String OTHER_PROVINCE = "79";
    static final String A = "99001";
    static final String A2 = "99002";
    static final String B = "99003";
    static final String VILLAGE = "Thôn Ma Trận";
    static final String FACILITY = "MX-F1";
    static final String OTHER_FACILITY = "MX-F2";
    static final String HOME = "MX-A-1";
    static final String UNVERIFIED = "MX-A-2";
    static final String FOREIGN = "MX-B-1";
    static final String HOME_NAME = "Nguyễn Văn An";
    static final String HOME_ID_NUMBER = "001080000111";
    static final String HOME_BIRTH = "15/01/1980";
    static final String HOME_PHONE = "0912000111";
    static final String FOREIGN_ID_NUMBER = "079085000222";
    static final LocalDate DOSE_DAY = LocalDate.of(2021, 9, 9);

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Pool pool;

    final String job;
    final String handedBack;
    final String open;
    final long item;
    final String challenge;

    ReachFixture(Pool pool, DoseConfirmations confirmations) {
        this.pool = pool;
        pool.query("INSERT INTO commune (commune_code, province_code, name) VALUES ('" + A + "', '01', 'Xã Ma Trận A'),"
                + " ('" + A2 + "', '01', 'Xã Ma Trận A2'), ('" + B + "', '79', 'Phường Ma Trận B')"
                + " ON CONFLICT (commune_code) DO NOTHING").executeAndAwait();
        RegistryFixtureRows.insert(pool, List.of(
                person(HOME_ID_NUMBER, null, HOME_NAME, "1980-01-15", Gender.MALE, A),
                person(FOREIGN_ID_NUMBER, null, "Lê Văn Cường", "1985-05-20", Gender.MALE, B)));
        subject(HOME, HOME_NAME, HOME_BIRTH, HOME_ID_NUMBER, HOME_PHONE, A, PROVINCE);
        subject(UNVERIFIED, "Trần Thị Bình", "02/02/1990", null, "0912000222", A, PROVINCE);
        subject(FOREIGN, "Lê Văn Cường", "20/05/1985", FOREIGN_ID_NUMBER, "0912000333", B, OTHER_PROVINCE);
        VaccinationRows rows = new VaccinationRows(pool);
        rows.verified(HOME);
        rows.matched(UNVERIFIED, MatchStatus.MISSING_ID, null);
        rows.verified(FOREIGN);
        rows.dose(HOME, 1, 1, DOSE_DAY, FACILITY);
        rows.dose(FOREIGN, 1, 1, DOSE_DAY, OTHER_FACILITY);
        confirmations.confirmDay(FACILITY, DOSE_DAY, "matrix-fixture", Instant.now()).await().indefinitely();
        confirmations.confirmDay(OTHER_FACILITY, DOSE_DAY, "matrix-fixture", Instant.now()).await().indefinitely();

        job = finishedJob();
        handedBack = workedList();
        JsonPath list = as(station(A)).body(Map.of("communeCode", A)).post("/v1/correction/lists").then()
                .statusCode(201).extract().jsonPath();
        open = list.getString("id");
        item = list.getLong("items.find { it.subjectId == '" + UNVERIFIED + "' }.id");
        as(station(A)).body(Map.of("village", VILLAGE)).put(itemPath("assignment")).then().statusCode(200);
        for (String subject : List.of(HOME, FOREIGN)) {
            as(TestTokens.citizenSession(subject)).body(Map.of("fullName", "Tên Khác")).post("/v1/correction/reports")
                    .then().statusCode(201);
        }
        challenge = given().contentType(ContentType.JSON).body(Map.of("phone", HOME_PHONE, "fullName", HOME_NAME,
                        "dateOfBirth", HOME_BIRTH)).post("/v1/lookup/challenges").then().statusCode(202).extract()
                .path("challengeId");
    }

    String itemPath(String action) {
        return "/v1/correction/lists/" + open + "/items/" + item + "/" + action;
    }

    static String station(String commune) {
        return TestTokens.role(Roles.COMMUNE_HEALTH).subject("matrix-fixture-station-" + commune)
                .province(A2.equals(commune) || A.equals(commune) ? PROVINCE : OTHER_PROVINCE).commune(commune).mint();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The subject's version now, for an If-Match that would be accepted. */
    int version(String subjectId) {
        return pool.preparedQuery("SELECT version FROM vaccination_subject WHERE subject_id = $1")
                .executeAndAwait(Tuple.of(subjectId)).iterator().next().getInteger(0);
    }

    /** The home subject's name as stored now in the other case (upper or as written): an edit that changes it. */
    String anotherFormOfHomesName() {
        String now = pool.preparedQuery("SELECT full_name FROM vaccination_subject WHERE subject_id = $1")
                .executeAndAwait(Tuple.of(HOME)).iterator().next().getString(0);
        return now.equals(HOME_NAME) ? HOME_NAME.toUpperCase(java.util.Locale.ROOT) : HOME_NAME;
    }

    /**
     * Everything a call of the matrix could write that concerns the fixture, as one text: the fixture's subjects and
     * communes (records, doses' confirmations, lists, items, hand-backs, audit, reports, certificates kept or served,
     * deaths), and the matrix accounts' jobs, quota used and disclosures (a refused upload takes its rows' checks
     * and gives them back, leaving a row of none used). Work in the background (the match worker's
     * results and job progress) is left out, and so are the lookup's hit counters: a refused lookup counts against the
     * client's limit by design.
     */
    String written() {
        String communes = "('" + A + "', '" + A2 + "', '" + B + "')";
        String lists = "(SELECT id FROM correction_list WHERE commune_code IN " + communes + ")";
        return pool.query("SELECT concat_ws(' # ',"
                + " (SELECT string_agg(t::text, '|' ORDER BY subject_id) FROM vaccination_subject t"
                + "   WHERE commune_code IN " + communes + " OR subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(c::text, '|' ORDER BY c.id) FROM dose_confirmation c JOIN dose d ON d.id = c.dose_id"
                + "   WHERE d.subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY id) FROM correction_list t WHERE id IN " + lists + "),"
                + " (SELECT string_agg(t::text, '|' ORDER BY id) FROM correction_item t WHERE list_id IN " + lists + "),"
                + " (SELECT string_agg(t::text, '|' ORDER BY list_id) FROM correction_hand_back t"
                + "   WHERE list_id IN " + lists + "),"
                + " (SELECT string_agg(t::text, '|' ORDER BY id) FROM correction_audit t WHERE subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY id) FROM citizen_report t"
                + "   WHERE commune_code IN " + communes + " OR subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY subject_id, window_start) FROM certificate_signed t"
                + "   WHERE subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY uvci) FROM certificate_served t WHERE subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY subject_id) FROM subject_death t WHERE subject_id LIKE 'MX-%'),"
                + " (SELECT string_agg(t.id::text, '|' ORDER BY t.id) FROM match_job t WHERE requested_by LIKE 'matrix-%'),"
                + " (SELECT string_agg(t::text, '|' ORDER BY account, day) FROM registry_quota t"
                + "   WHERE account LIKE 'matrix-%' AND used > 0),"
                + " (SELECT count(*)::text FROM registry_disclosure WHERE account LIKE 'matrix-%'))")
                .executeAndAwait().iterator().next().getString(0);
    }

    private void subject(String id, String name, String birth, String idNumber, String phone, String commune,
            String province) {
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " phone, commune_code, province_code) VALUES ($1, $2, $3, 'Nam', $4, $5, $6, $7)")
                .executeAndAwait(Tuple.tuple().addString(id).addString(name).addString(birth).addString(idNumber)
                        .addString(phone).addString(commune).addString(province));
    }

    /** A's match job, submitted by its station and waited for. */
    private String finishedJob() {
        String token = station(A);
        String id = as(token).body(Map.of("scope", "commune", "code", A)).post("/v1/registry-match/jobs").then()
                .statusCode(202).extract().path("id");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!"FINISHED".equals(as(token).get("/v1/registry-match/jobs/" + id).then().statusCode(200).extract()
                .path("state"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("A's match job did not finish within " + PATIENCE);
            }
            Thread.onSpinWait();
        }
        return id;
    }

    /** A's first list the whole way: sent, every item rejected by the police, handed back, applied. */
    private String workedList() {
        String station = station(A);
        String police = TestTokens.role(Roles.COMMUNE_POLICE).subject("matrix-fixture-police").commune(A).mint();
        String id = as(station).body(Map.of("communeCode", A)).post("/v1/correction/lists").then().statusCode(201)
                .extract().path("id");
        String path = "/v1/correction/lists/" + id;
        as(station).post(path + "/sending").then().statusCode(200);
        List<Number> items = as(police).get(path).then().statusCode(200).extract().path("items.id");
        for (Number each : items) {
            as(police).body(Map.of("decision", "REJECT", "reason", "Chưa xác minh được"))
                    .put(path + "/items/" + each + "/decision").then().statusCode(200);
        }
        as(police).post(path + "/hand-back").then().statusCode(200);
        as(station).post(path + "/application").then().statusCode(200);
        return id;
    }
}
