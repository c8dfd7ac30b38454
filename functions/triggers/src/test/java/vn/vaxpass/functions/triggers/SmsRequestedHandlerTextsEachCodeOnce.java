package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.testing.aws.AwsTestServer;

/**
 * The zip with QUARKUS_LAMBDA_HANDLER=sms-requested, as Lambda's event source mapping drives it, texting through the
 * real SNS client to the SNS stand-in: each code is published once to its phone, whatever the queue redelivers; a
 * throttled SNS is retried by the SDK; a refused text comes back to the queue and is sent on its next delivery; an
 * unreadable message goes to the dead-letter queue; an expired code is not sent.
 */
@QuarkusTest
@TestProfile(SmsRequestedHandlerTextsEachCodeOnce.Texts.class)
class SmsRequestedHandlerTextsEachCodeOnce {

    public static class Texts implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", SmsRequestedHandler.NAME);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SnsStandIn.class));
        }
    }

    @Test
    void aCodeDeliveredTwiceIsTextedOnceToItsPhone() {
        SmsRequested code = code("+84912000001", "004271");
        long before = SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH);

        handle(record("m-1", code.toJson())).body("batchItemFailures", empty());
        handle(record("m-1-again", code.toJson())).body("batchItemFailures", empty());

        assertThat(SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH)).isEqualTo(before + 1);
        AwsTestServer.Request published = lastPublish();
        assertThat(published.body().path("PhoneNumber").asText()).isEqualTo("+84912000001");
        assertThat(published.body().path("Message").asText()).startsWith("Vaxpass: ma tra cuu cua ban la 004271,");
        assertThat(published.body().path("MessageAttributes.entry.1.Value.StringValue").asText())
                .isEqualTo("Transactional");
    }

    @Test
    void aThrottledSnsIsAskedAgainByTheClient() {
        SnsStandIn.server().failNext(AwsTestServer.SNS_PUBLISH, 2, AwsTestServer.Failure.THROTTLING);
        long before = SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH);

        handle(record("m-throttled", code("+84912000002", "111111").toJson())).body("batchItemFailures", empty());

        assertThat(SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH)).isEqualTo(before + 3);
    }

    @Test
    void aRefusedTextComesBackAndIsSentOnItsNextDelivery() {
        SmsRequested code = code("+84912000003", "222222");
        SnsStandIn.server().failNext(AwsTestServer.SNS_PUBLISH, 10, AwsTestServer.Failure.INTERNAL_ERROR);
        handle(record("m-refused", code.toJson())).body("batchItemFailures.itemIdentifier", contains("m-refused"));
        SnsStandIn.server().recover();
        long before = SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH);

        handle(record("m-refused", code.toJson())).body("batchItemFailures", empty());
        handle(record("m-refused", code.toJson())).body("batchItemFailures", empty());

        assertThat(SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH)).isEqualTo(before + 1);
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterQueueAndAnExpiredCodeIsNotSent() {
        long before = SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH);
        SmsRequested expired = SmsRequested.lookupCode(UUID.randomUUID(), PhoneNumber.parse("+84912000004").orElseThrow(),
                "333333", Instant.now().minusSeconds(1));

        handle(record("m-bad", "{\"v\":1,\"messageId\":\"x\",\"purpose\":\"lookup-code\",\"phone\":\"=cmd\"}"),
                record("m-expired", expired.toJson()))
                .body("batchItemFailures.itemIdentifier", contains("m-bad"));

        assertThat(SnsStandIn.server().calls(AwsTestServer.SNS_PUBLISH)).isEqualTo(before);
    }

    @Test
    void aRenewalsOutcomeIsTextedWithItsDate() {
        SmsRequested renewed = SmsRequested.renewal(UUID.randomUUID(), true,
                PhoneNumber.parse("+84912000005").orElseThrow(), Instant.parse("2027-12-06T17:00:00Z"),
                Instant.now().plusSeconds(3600));

        handle(record("m-renewed", renewed.toJson())).body("batchItemFailures", empty());

        assertThat(lastPublish().body().path("Message").asText())
                .startsWith("Bo Y te: chung nhan tiem chung COVID-19 cua ban da duoc gia han den 07/12/2027.");
    }

    private static SmsRequested code(String phone, String digits) {
        return SmsRequested.lookupCode(UUID.randomUUID(), PhoneNumber.parse(phone).orElseThrow(), digits,
                Instant.now().plusSeconds(300));
    }

    private static AwsTestServer.Request lastPublish() {
        List<AwsTestServer.Request> requests = SnsStandIn.server().requests().stream()
                .filter(request -> AwsTestServer.SNS_PUBLISH.equals(request.target())).toList();
        return requests.get(requests.size() - 1);
    }

    private static io.restassured.response.ValidatableResponse handle(String... records) {
        return given().contentType(ContentType.JSON).body(SqsEvents.event(records)).when().post("/_lambda_").then().statusCode(200);
    }

    private static String record(String messageId, String body) {
        return SqsEvents.record("sms-requested", messageId, body);
    }
}
