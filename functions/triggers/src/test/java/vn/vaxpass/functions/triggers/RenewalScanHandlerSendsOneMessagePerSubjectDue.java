package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/**
 * The zip with QUARKUS_LAMBDA_HANDLER=renewal-scan: an EventBridge scheduled event sends one certificate-renewal-due
 * message per subject whose window ends within 30 days, ids only, to the real (embedded) SQS queue.
 */
@QuarkusTest
@TestProfile(RenewalScanHandlerSendsOneMessagePerSubjectDue.Scan.class)
class RenewalScanHandlerSendsOneMessagePerSubjectDue {

    private static final String QUEUE = "certificate-renewal-due";

    public static class Scan implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", RenewalScanHandler.NAME);
        }
    }

    @Inject
    Pool pool;

    @Test
    void aScheduledEventSendsOneMessagePerSubjectDue() {
        RenewalRows rows = new RenewalRows(pool);
        Instant dueAnchor = RenewalRows.anchorEndingIn(12);
        String due = rows.eligible(dueAnchor);
        String notYet = rows.eligible(RenewalRows.anchorEndingIn(45));
        while (!ElasticMqResource.receive(QUEUE).isEmpty()) {
            // Whatever an earlier test left.
        }

        given().contentType(ContentType.JSON).body("""
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",\
                "source":"aws.events","account":"123456789012","time":"2026-11-22T02:00:00Z","region":"ap-southeast-1",\
                "resources":["arn:aws:events:ap-southeast-1:123456789012:rule/vaxpass-dev-renewal-scan"],"detail":{}}""")
                .when().post("/_lambda_")
                .then().statusCode(200).body("due", greaterThanOrEqualTo(1)).body("notSent", org.hamcrest.Matchers.equalTo(0));

        List<String> bodies = new ArrayList<>();
        for (List<String> received = ElasticMqResource.receive(QUEUE); !received.isEmpty();
                received = ElasticMqResource.receive(QUEUE)) {
            bodies.addAll(received);
        }
        assertThat(bodies).contains(RenewalDue.of(due, RenewalRows.nextWindowStart(dueAnchor)).toJson())
                .noneMatch(body -> body.contains(notYet));
        assertThat(bodies.get(0)).matches("\\{\"v\":1,\"subjectId\":\"[^\"]+\",\"windowStart\":\"[0-9T:Z-]+\"}");
    }
}
