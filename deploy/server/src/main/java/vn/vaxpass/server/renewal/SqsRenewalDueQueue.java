package vn.vaxpass.server.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

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

    // The scan sends many at once and the connector sends them in batches of ten (batch=true): the emitter holds what
    // it has not taken yet instead of refusing it.
    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    Emitter<String> emitter;

    @Override
    public Uni<Void> send(RenewalDue message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
