package vn.vaxpass.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Answers that may hold a record or a session token say so to every cache on the way. */
@QuarkusTest
class LookupAnswersAreNeverCached {

    @Test
    void aCodeRequestIsNotStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "0912345678", "fullName", "Nguyễn Văn An", "dateOfBirth", "1990-01-02"))
                .when().post("/v1/lookup/challenges")
                .then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void anAnswerIsNotStoredEvenWhenItIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .when().post("/v1/lookup/challenges/" + UUID.randomUUID() + "/answer")
                .then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theIdNumberWayIsNotStored() {
        given().contentType(ContentType.JSON).body(Map.of("idNumber", "079010000001", "dateOfBirth", "1990-01-02"))
                .when().post("/v1/lookup/by-id-number")
                .then().statusCode(401).header("Cache-Control", equalTo("no-store"));
    }
}
