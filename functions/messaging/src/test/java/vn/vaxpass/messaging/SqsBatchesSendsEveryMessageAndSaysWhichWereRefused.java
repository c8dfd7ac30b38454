package vn.vaxpass.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.CitizenNotificationQueue;
import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalDueQueue;
import vn.vaxpass.shared.ValidityWindow;

/**
 * Bulk sends go ten per SendMessageBatch request against a real (embedded) SQS: every message arrives once, and a
 * message SQS refuses, or a queue that cannot be reached, is reported as not accepted instead of failing the others.
 */
@QuarkusTest
@QuarkusTestResource(value = ElasticMqResource.class,
        initArgs = @ResourceArg(name = ElasticMqResource.QUEUES, value = "registry-match-chunks,bulk,certificate-renewal-due,sms-requested,notifications-by-url"))
class SqsBatchesSendsEveryMessageAndSaysWhichWereRefused {

    @Inject
    SqsBatches sqs;

    @Inject
    RenewalDueQueue renewalDue;

    @Inject
    CitizenNotificationQueue notifications;

    @Inject
    SmsQueue texts;

    @Test
    void twentyFiveMessagesArriveOnceEachAndTheOneSqsRefusesIsReported() {
        List<String> bodies = new ArrayList<>(IntStream.range(0, 25).mapToObj(i -> "message " + i).toList());
        // SQS takes only XML characters in a body: U+0000 is refused, that entry alone.
        bodies.set(13, "refused \u0000");

        boolean[] accepted = sqs.send("bulk", Optional.empty(), bodies, 2).await().indefinitely();

        for (int i = 0; i < bodies.size(); i++) {
            assertThat(accepted[i]).as("message %d accepted", i).isEqualTo(i != 13);
        }
        assertThat(receiveAll("bulk")).containsExactlyInAnyOrderElementsOf(
                bodies.stream().filter(body -> !body.startsWith("refused")).toList());
    }

    @Test
    void aQueueThatCannotBeFoundAcceptsNothingAndFailsNothingElse() {
        boolean[] accepted = sqs.send("no-such-queue", Optional.empty(), List.of("a", "b"), 2).await().indefinitely();

        assertThat(accepted).containsExactly(false, false);
    }

    @Test
    void renewalDueMessagesAreSentAsTheirJsonAndCounted() {
        Instant windowStart = Instant.parse("2027-01-10T03:00:00Z");
        List<RenewalDue> due = IntStream.range(0, 12).mapToObj(i -> RenewalDue.of("S-" + i, windowStart)).toList();

        assertThat(renewalDue.sendAll(due).await().indefinitely()).isEqualTo(12);

        assertThat(receiveAll("certificate-renewal-due"))
                .containsExactlyInAnyOrderElementsOf(due.stream().map(RenewalDue::toJson).toList());
    }

    /** The test configuration names the notifications' queue by URL (as Terraform does): not the queue of their name. */
    @Test
    void citizenNotificationsGoToTheQueueTheirUrlSettingNames() {
        ValidityWindow window = ValidityWindow.startingAt(Instant.parse("2027-01-10T03:00:00Z"));
        List<CitizenNotification> renewed = IntStream.range(0, 11)
                .mapToObj(i -> CitizenNotification.renewed("S-" + i, window)).toList();

        assertThat(notifications.sendAll(renewed).await().indefinitely()).containsOnly(true).hasSize(11);

        assertThat(receiveAll("notifications-by-url"))
                .containsExactlyInAnyOrderElementsOf(renewed.stream().map(CitizenNotification::toJson).toList());
    }

    @Test
    void textsAreSentAsTheirJsonOneByOneOrInBulk() {
        PhoneNumber phone = PhoneNumber.parse("0912345678").orElseThrow();
        Instant sendBefore = Instant.parse("2027-01-10T03:00:00Z");
        SmsRequested one = SmsRequested.renewal(UUID.randomUUID(), true, phone, sendBefore.plusSeconds(86_400), sendBefore);
        SmsRequested other = SmsRequested.renewal(UUID.randomUUID(), false, phone, sendBefore, sendBefore);

        texts.send(one).await().indefinitely();
        assertThat(texts.sendAll(List.of(other)).await().indefinitely()).containsExactly(true);

        assertThat(receiveAll("sms-requested")).containsExactlyInAnyOrder(one.toJson(), other.toJson());
    }

    private static List<String> receiveAll(String queue) {
        List<String> all = new ArrayList<>();
        for (List<String> some = ElasticMqResource.receive(queue); !some.isEmpty(); some = ElasticMqResource.receive(queue)) {
            all.addAll(some);
        }
        return all;
    }
}
