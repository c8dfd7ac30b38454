package vn.vaxpass.server.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/** The phone way on the one-process server: the code goes through the SQS queue, as it does to the SMS gateway. */
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

        JsonPath sms = JsonPath.from(ElasticMqResource.receive("sms-requested").get(0));
        assertThat(sms.getString("messageId")).isEqualTo(challengeId);

        given().contentType(ContentType.JSON).body(Map.of("code", sms.getString("code")))
                .when().post("/v1/lookup/challenges/{id}/answer", challengeId)
                .then().statusCode(200).body("records[0].subjectId", equalTo(subjectId));
    }
}
