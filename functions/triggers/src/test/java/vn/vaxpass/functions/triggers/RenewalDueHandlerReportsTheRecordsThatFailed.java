package vn.vaxpass.functions.triggers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/**
 * The zip with QUARKUS_LAMBDA_HANDLER=renewal-due: SQS batch events, as Lambda's event source mapping sends them,
 * POSTed to the mock event server. Records that cannot be processed are reported by messageId (partial batch response)
 * while the others are renewed; a record delivered twice tells the citizen once, through the real (embedded) queue.
 */
@QuarkusTest
@TestProfile(RenewalDueHandlerReportsTheRecordsThatFailed.Due.class)
class RenewalDueHandlerReportsTheRecordsThatFailed {

    private static final String NOTIFICATIONS = "citizen-notification";

    public static class Due implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", RenewalDueHandler.NAME);
        }
    }

    @Inject
    Pool pool;

    private RenewalRows rows;

    @BeforeEach
    void setUp() {
        rows = new RenewalRows(pool);
        while (!ElasticMqResource.receive(NOTIFICATIONS).isEmpty()) {
            // Whatever an earlier test left.
        }
    }

    @Test
    void badRecordsAreReportedAndTheOthersRenewed() {
        Instant anchor = RenewalRows.anchorEndingIn(10);
        String eligible = rows.eligible(anchor);
        String blocked = rows.withUnconfirmedDose(anchor);
        Instant next = RenewalRows.nextWindowStart(anchor);

        given().contentType(ContentType.JSON)
                .body(SqsEvents.event(record("m-1", RenewalDue.of(eligible, next).toJson()),
                        record("m-bad", "{\"v\":1,\"subjectId\":17}"),
                        record("m-2", RenewalDue.of(blocked, next).toJson()),
                        record("m-not-a-window", RenewalDue.of(eligible, next.plusSeconds(1)).toJson())))
                .when().post("/_lambda_")
                .then().statusCode(200)
                .body("batchItemFailures.itemIdentifier", contains("m-bad", "m-not-a-window"));

        ValidityWindow window = ValidityWindow.startingAt(next);
        assertThat(received()).containsExactlyInAnyOrder(CitizenNotification.renewed(eligible, window).toJson(),
                CitizenNotification.blocked(blocked, window,
                        List.of(vn.vaxpass.issuance.EligibilityReason.DOSE_NOT_CONFIRMED)).toJson());
    }

    @Test
    void aRecordDeliveredTwiceTellsTheCitizenOnce() {
        Instant anchor = RenewalRows.anchorEndingIn(20);
        String subject = rows.eligible(anchor);
        String body = RenewalDue.of(subject, RenewalRows.nextWindowStart(anchor)).toJson();

        given().contentType(ContentType.JSON).body(SqsEvents.event(record("m-1", body)))
                .when().post("/_lambda_").then().statusCode(200).body("batchItemFailures", empty());
        given().contentType(ContentType.JSON).body(SqsEvents.event(record("m-1-again", body)))
                .when().post("/_lambda_").then().statusCode(200).body("batchItemFailures", empty());

        assertThat(received()).hasSize(1).allMatch(json -> json.contains("\"kind\":\"certificate-renewed\""));
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1", subject)).isEqualTo(1);
    }

    private static List<String> received() {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> some = ElasticMqResource.receive(NOTIFICATIONS); !some.isEmpty();
                some = ElasticMqResource.receive(NOTIFICATIONS)) {
            all.addAll(some);
        }
        return all;
    }

    private static String record(String messageId, String body) {
        return SqsEvents.record("certificate-renewal-due", messageId, body);
    }
}
