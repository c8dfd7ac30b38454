package vn.vaxpass.server.renewal;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.certificate.renewal.CitizenNotification;
import vn.vaxpass.certificate.renewal.CitizenNotificationQueue;

/**
 * Citizen notifications to the SQS queue {@code citizen-notification}, which the citizen portal and the Health Book app
 * read, through the SmallRye SQS connector: channel {@value #CHANNEL}. Ids, dates and reason codes only.
 *
 * <p>Not in functions/messaging, for the reason {@link SqsRenewalDueQueue} gives; the other copy is in
 * functions/triggers (vn.vaxpass.functions.triggers).
 */
@ApplicationScoped
public class SqsCitizenNotificationQueue implements CitizenNotificationQueue {

    public static final String CHANNEL = "citizen-notification";

    // The connector sends one message at a time per channel, and the consumers each wait for their send: four
    // channels to the same queue, taken in turn, send four at once.
    @Inject
    @Channel(CHANNEL)
    Emitter<String> first;

    @Inject
    @Channel(CHANNEL + "-2")
    Emitter<String> second;

    @Inject
    @Channel(CHANNEL + "-3")
    Emitter<String> third;

    @Inject
    @Channel(CHANNEL + "-4")
    Emitter<String> fourth;

    private final AtomicInteger turn = new AtomicInteger();

    @Override
    public Uni<Void> send(CitizenNotification message) {
        Emitter<String> emitter = switch (Math.floorMod(turn.getAndIncrement(), 4)) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            default -> fourth;
        };
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
