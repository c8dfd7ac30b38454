package vn.vaxpass.server.renewal;

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

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Override
    public Uni<Void> send(CitizenNotification message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
