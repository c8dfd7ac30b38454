package vn.vaxpass.server.badinput;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.testing.TestTokens;

/**
 * What the bad input is aimed at, so that a refusal is about the input and not about a missing target: a commune of
 * its own with one resident the registry found misnamed, that commune's open clean-up list holding the resident's
 * item, and a facility; and a second commune whose list is handed back, for the officer's signature.
 */
@ApplicationScoped
class BadInputPlaces {

    static final String PROVINCE = "01";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject
    Pool pool;

    /** The places made for one run of the catalogue. */
    record Places(String province, String commune, String subjectId, String idNumber, String listId, long itemId,
            String facility, HandedBack handedBack) {
    }

    /** A list of a commune of its own, sent, decided and signed: HANDED_BACK, as an officer's signature needs. */
    record HandedBack(String commune, String listId) {
    }

    Places make() {
        String commune = freshCommune();
        JsonPath list = listOf(commune);
        HandedBack handedBack = handedBack(freshCommune());
        return new Places(PROVINCE, commune, "BAD-" + commune, idNumber(commune), list.getString("id"),
                list.getLong("items[0].id"), "FAC-" + commune, handedBack);
    }

    private static String freshCommune() {
        return String.format("8%04d", (ProcessHandle.current().pid() * 31 + NEXT.incrementAndGet()) % 10_000);
    }

    private String idNumber(String commune) {
        return pool.preparedQuery("SELECT id_number FROM vaccination_subject WHERE subject_id = $1")
                .execute(Tuple.of("BAD-" + commune)).await().indefinitely().iterator().next().getString(0);
    }

    private HandedBack handedBack(String commune) {
        String police = TestTokens.communePolice(commune);
        String id = listOf(commune).getString("id");
        String path = "/v1/correction/lists/" + id;
        given().auth().oauth2(TestTokens.communeHealth(PROVINCE, commune)).post(path + "/sending").then().statusCode(200);
        List<Integer> items = given().auth().oauth2(police).accept(ContentType.JSON).get(path).then().statusCode(200)
                .extract().path("items.id");
        for (Integer item : items) {
            given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "reason",
                    "Chưa xác minh được")).put(path + "/items/" + item + "/decision").then().statusCode(200);
        }
        given().auth().oauth2(police).accept(ContentType.JSON).post(path + "/hand-back").then().statusCode(200);
        return new HandedBack(commune, id);
    }

    /** The commune, its resident BAD-commune the registry found misnamed, and its open list holding the resident. */
    private JsonPath listOf(String commune) {
        String subjectId = "BAD-" + commune;
        pool.preparedQuery("INSERT INTO commune (commune_code, province_code, name) VALUES ($1, $2, $3)"
                + " ON CONFLICT (commune_code) DO NOTHING")
                .execute(Tuple.of(commune, PROVINCE, "Xã Thử Đầu Vào " + commune)).await().indefinitely();
        String idNumber = LookupRows.freshIdNumber();
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " phone, commune_code, province_code) VALUES ($1, 'Nguyễn Văn Thử', '1980-05-01', 'Nam', $2,"
                        + " $3, $4, $5)")
                .execute(Tuple.of(subjectId, idNumber, LookupRows.freshPhone(), commune, PROVINCE))
                .await().indefinitely();
        new LookupRows(pool).matched(subjectId, MatchStatus.MISMATCH, "name");
        return given().auth().oauth2(TestTokens.communeHealth(PROVINCE, commune))
                .contentType(ContentType.JSON).body(Map.of("communeCode", commune))
                .post("/v1/correction/lists").then().statusCode(201).extract().jsonPath();
    }
}
