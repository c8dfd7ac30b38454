package vn.vaxpass.server.renewal;

import java.util.List;

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

    private final EmittersInTurn emitters;

    // Four channels to the same queue (application.properties): EmittersInTurn says why.
    @Inject
    public SqsRenewalDueQueue(@Channel(CHANNEL) Emitter<String> first, @Channel(CHANNEL + "-2") Emitter<String> second,
            @Channel(CHANNEL + "-3") Emitter<String> third, @Channel(CHANNEL + "-4") Emitter<String> fourth) {
        this.emitters = new EmittersInTurn(List.of(first, second, third, fourth));
    }

    @Override
    public Uni<Void> send(RenewalDue message) {
        return Uni.createFrom().completionStage(() -> emitters.send(message.toJson()));
    }
}
