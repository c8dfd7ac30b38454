package vn.vaxpass.server.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.EligibilityReason;
import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalRows;
import vn.vaxpass.renewal.RenewalScan;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.server.sms.SentTexts;

/**
 * The whole way, as deploy/vaxpass serve runs it: the scan → one certificate-renewal-due message per subject due into
 * (embedded) SQS → the server's consumer → the next window's certificate noted → a citizen-notification message in its
 * own queue, and the outcome texted to the record's phone (serve's outbox). A message delivered again after it was
 * handled tells nobody twice.
 */
@QuarkusTest
class RenewalRunsThroughTheQueue {

    private static final String DUE = "certificate-renewal-due";
    private static final String NOTIFICATIONS = "citizen-notification";
    /** How long a few renewals may take through the queue here; they take about a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Inject
    RenewalScan scan;

    private RenewalRows rows;

    @BeforeEach
    void setUp() {
        rows = new RenewalRows(pool);
        received();
    }

    @Test
    void theScanReachesTheCitizenThroughBothQueues() {
        Instant anchor = RenewalRows.anchorEndingIn(7);
        String renewed = rows.eligible(anchor);
        String blocked = rows.withUnconfirmedDose(anchor);
        ValidityWindow next = ValidityWindow.startingAt(RenewalRows.nextWindowStart(anchor));
        pool.preparedQuery("UPDATE vaccination_subject SET phone = $2 WHERE subject_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(renewed, LookupRows.freshPhone())).await().indefinitely();

        scan.scan();
        awaitHandled(renewed, blocked);
        awaitQueueEmpty(DUE);

        assertThat(received()).contains(CitizenNotification.renewed(renewed, next).toJson(),
                CitizenNotification.blocked(blocked, next, List.of(EligibilityReason.DOSE_NOT_CONFIRMED)).toJson());
        assertThat(SentTexts.awaitText(CitizenNotification.renewed(renewed, next).notificationId().toString())
                .sms().body()).as("the renewal's text, in serve's outbox")
                .startsWith("Bo Y te: chung nhan tiem chung COVID-19 cua ban da duoc gia han den ");
        assertThat(rows.rows.count("SELECT count(*) FROM certificate_served WHERE subject_id = $1 AND window_start = $2",
                renewed, next.issuedAt().atOffset(java.time.ZoneOffset.UTC))).isEqualTo(1);
    }

    @Test
    void aMessageDeliveredAgainAfterItWasHandledTellsNobodyTwice() {
        Instant anchor = RenewalRows.anchorEndingIn(3);
        String subject = rows.eligible(anchor);
        String message = RenewalDue.of(subject, RenewalRows.nextWindowStart(anchor)).toJson();
        ElasticMqResource.send(DUE, message);
        awaitHandled(subject);
        assertThat(received()).hasSize(1);

        ElasticMqResource.send(DUE, message);
        scan.scan();
        awaitQueueEmpty(DUE);

        assertThat(received()).noneMatch(body -> body.contains(subject));
    }

    private void awaitHandled(String... subjects) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (rows.rows.count("SELECT count(*) FROM certificate_renewal WHERE subject_id = ANY($1)",
                (Object) subjects) < subjects.length) {
            assertThat(Instant.now()).as("renewals handled in time").isBefore(deadline);
            pause();
        }
    }

    private static void awaitQueueEmpty(String queue) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (ElasticMqResource.messages(queue) > 0) {
            assertThat(Instant.now()).as("queue emptied in time").isBefore(deadline);
            pause();
        }
    }

    private static List<String> received() {
        List<String> all = new ArrayList<>();
        for (List<String> some = ElasticMqResource.receive(NOTIFICATIONS); !some.isEmpty();
                some = ElasticMqResource.receive(NOTIFICATIONS)) {
            all.addAll(some);
        }
        return all;
    }

    /** Polling the asynchronous consumer, not timing it. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
