package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class DirectEditsChangeOnlyTheVersionTheClerkRead {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String SUBJECT = "/v1/correction/subjects/S-2";

    @Inject
    Pool pool;
    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void anEditOnTheVersionReadIsAuditedAndReMatchedAtOnce() {
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "Sai dấu"))
                .put(SUBJECT).then().statusCode(200).header("ETag", "\"2\"")
                .body("changed", is(true)).body("version", equalTo(2)).body("check", equalTo("VERIFIED"));
        as(STATION).get(SUBJECT + "/audit").then().statusCode(200).body("source", containsInAnyOrder("EDIT"))
                .body("[0].before.fullName", equalTo("Dang Thi Hoa")).body("[0].reason", equalTo("Sai dấu"));
    }

    @Test
    void anEditOnAnOlderVersionIsRefusedAndWritesNothing() {
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "Sai dấu"))
                .put(SUBJECT).then().statusCode(200);
        as(STATION).header("If-Match", "\"1\"").body(Map.of("gender", "Nam", "reason", "Sai giới tính"))
                .put(SUBJECT).then().statusCode(409).body("code", equalTo("STALE_VERSION"))
                .body("currentState", equalTo("2"));
        as(STATION).get(SUBJECT).then().body("gender", equalTo("Nữ")).body("version", equalTo(2));
    }

    @Test
    void anEditSaysWhichVersionItReadAndWhy() {
        as(STATION).body(Map.of("fullName", "Đặng Thị Hòa", "reason", "Sai dấu")).put(SUBJECT).then()
                .statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        as(STATION).header("If-Match", "abc").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "x")).put(SUBJECT)
                .then().statusCode(400).body("code", equalTo("INVALID_IF_MATCH"));
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa")).put(SUBJECT).then()
                .statusCode(400).body("code", equalTo("REASON_REQUIRED"));
    }

    @Test
    void invalidValuesGetOneCodePerField() {
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Nguyễn 3", "dateOfBirth", "31/02/1990",
                "gender", "X", "idNumber", "12AB", "reason", "x")).put(SUBJECT).then().statusCode(422)
                .body("code", equalTo("INVALID_VALUES"))
                .body("errors.code", containsInAnyOrder("INVALID_FULL_NAME", "INVALID_DATE_OF_BIRTH",
                        "INVALID_GENDER", "INVALID_ID_NUMBER"));
    }

    @Test
    void editsCountAgainstTheDailyRegistryQuota() {
        pool.query("INSERT INTO registry_quota (account, day, used) VALUES ('test-account-commune-health',"
                + " (now() AT TIME ZONE 'UTC')::date, 500)").executeAndAwait();
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "Đặng Thị Hòa", "reason", "Sai dấu"))
                .put(SUBJECT).then().statusCode(429).body("code", equalTo("REGISTRY_QUOTA_EXCEEDED"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        as(STATION).get(SUBJECT).then().body("version", equalTo(1));
    }

    @Test
    void minorityNamesAreNames() {
        as(STATION).header("If-Match", "\"1\"").body(Map.of("fullName", "H'Hen Niê", "reason", "Tên đúng"))
                .put(SUBJECT).then().statusCode(200).body("fullName", equalTo("H'Hen Niê"));
        as(STATION).header("If-Match", "\"2\"").body(Map.of("fullName", "Y Moan Êban", "reason", "Tên đúng"))
                .put(SUBJECT).then().statusCode(200);
        as(STATION).header("If-Match", "\"3\"").body(Map.of("fullName", "Thị", "reason", "Một chữ"))
                .put(SUBJECT).then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
