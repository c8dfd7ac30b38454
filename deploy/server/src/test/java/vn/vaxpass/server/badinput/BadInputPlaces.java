package vn.vaxpass.server.badinput;

import static io.restassured.RestAssured.given;

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
 * item, and a facility.
 */
@ApplicationScoped
class BadInputPlaces {

    static final String PROVINCE = "01";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject
    Pool pool;

    /** The places made for one run of the catalogue. */
    record Places(String province, String commune, String subjectId, String idNumber, String listId, long itemId,
            String facility) {
    }

    Places make() {
        String commune = String.format("8%04d", (ProcessHandle.current().pid() * 31 + NEXT.incrementAndGet()) % 10_000);
        pool.preparedQuery("INSERT INTO commune (commune_code, province_code, name) VALUES ($1, $2, $3)"
                + " ON CONFLICT (commune_code) DO NOTHING")
                .execute(Tuple.of(commune, PROVINCE, "Xã Thử Đầu Vào " + commune)).await().indefinitely();
        String subjectId = "BAD-" + commune;
        String idNumber = LookupRows.freshIdNumber();
        pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender, id_number,"
                        + " phone, commune_code, province_code) VALUES ($1, 'Nguyễn Văn Thử', '1980-05-01', 'Nam', $2,"
                        + " $3, $4, $5)")
                .execute(Tuple.of(subjectId, idNumber, LookupRows.freshPhone(), commune, PROVINCE))
                .await().indefinitely();
        new LookupRows(pool).matched(subjectId, MatchStatus.MISMATCH, "name");
        JsonPath list = given().auth().oauth2(TestTokens.communeHealth(PROVINCE, commune))
                .contentType(ContentType.JSON).body(Map.of("communeCode", commune))
                .post("/v1/correction/lists").then().statusCode(201).extract().jsonPath();
        return new Places(PROVINCE, commune, subjectId, idNumber, list.getString("id"), list.getLong("items[0].id"),
                "FAC-" + commune);
    }
}
