package vn.vaxpass.server.renewal;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.certificate.renewal.RenewalDue;
import vn.vaxpass.certificate.renewal.RenewalDueQueue;

/**
 * Renewal-due messages to the SQS queue {@code certificate-renewal-due} through the SmallRye SQS connector: channel
 * {@value #CHANNEL}, configured in application.properties (its queue URL in AWS, the embedded ElasticMQ locally).
 *
 * <p>Not in functions/messaging: every application with that module would get the channel, and with it an SQS queue to
 * find at start. Only the applications running renewal have it: this one and functions/triggers (vn.vaxpass.functions.triggers).
 */
@ApplicationScoped
public class SqsRenewalDueQueue implements RenewalDueQueue {

    public static final String CHANNEL = "renewal-due-out";

    // The connector sends one message at a time per channel: four channels to the same queue, taken in turn, send
    // four at once.
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
    public Uni<Void> send(RenewalDue message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        Emitter<String> emitter = switch (Math.floorMod(turn.getAndIncrement(), 4)) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            default -> fourth;
        };
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
