package vn.vaxpass.server.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.server.sms.SentTexts;
import vn.vaxpass.server.sms.SmsOutboxStore;

/**
 * The phone way on the one-process server: the code goes through the SQS queue to the SMS worker, as it does in AWS,
 * which texts it once (here into serve's outbox) to the phone the record holds.
 */
@QuarkusTest
class CodeReachesTheSmsQueue {

    @Inject
    Pool pool;

    @Test
    void theCodeInTheQueueShowsTheRecord() {
        String phone = LookupRows.freshPhone();
        String subjectId = new LookupRows(pool).subject("Trần Hòa", "2001-12-31", "M", LookupRows.freshIdNumber(), phone);

        String challengeId = given().contentType(ContentType.JSON)
                .body(Map.of("phone", "+84 " + phone.substring(1), "fullName", "Trần Hoà", "dateOfBirth", "31/12/2001"))
                .when().post("/v1/lookup/challenges")
                .then().statusCode(202).extract().path("challengeId");

        SmsOutboxStore.Kept text = SentTexts.awaitText(challengeId);
        assertThat(text.sms().phone()).isEqualTo("+84" + phone.substring(1));
        assertThat(text.sms().body()).startsWith("Vaxpass: ma tra cuu cua ban la ");

        given().contentType(ContentType.JSON).body(Map.of("code", SentTexts.codeFor(challengeId)))
                .when().post("/v1/lookup/challenges/{id}/answer", challengeId)
                .then().statusCode(200).body("records[0].subjectId", equalTo(subjectId));
    }
}
