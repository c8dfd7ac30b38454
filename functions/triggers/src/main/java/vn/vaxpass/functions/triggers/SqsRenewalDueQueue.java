package vn.vaxpass.functions.triggers;

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
 * find at start. Only the applications running renewal have it: this one and deploy/server (vn.vaxpass.server.renewal).
 */
@ApplicationScoped
public class SqsRenewalDueQueue implements RenewalDueQueue {

    public static final String CHANNEL = "renewal-due-out";

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Override
    public Uni<Void> send(RenewalDue message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
