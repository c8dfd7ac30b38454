package vn.vaxpass.server.renewal;

import java.util.List;

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

    private final EmittersInTurn emitters;

    // Four channels to the same queue (application.properties): EmittersInTurn says why.
    @Inject
    public SqsCitizenNotificationQueue(@Channel(CHANNEL) Emitter<String> first,
            @Channel(CHANNEL + "-2") Emitter<String> second,
            @Channel(CHANNEL + "-3") Emitter<String> third, @Channel(CHANNEL + "-4") Emitter<String> fourth) {
        this.emitters = new EmittersInTurn(List.of(first, second, third, fourth));
    }

    @Override
    public Uni<Void> send(CitizenNotification message) {
        return Uni.createFrom().completionStage(() -> emitters.send(message.toJson()));
    }
}
