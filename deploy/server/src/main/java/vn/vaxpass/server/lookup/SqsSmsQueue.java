package vn.vaxpass.server.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;

/**
 * One-time codes to the SQS queue {@code sms-requested}, which the SMS gateway reads, through the SmallRye SQS
 * connector: channel {@value #CHANNEL}, configured by each application that sends (its queue URL in AWS, the embedded
 * ElasticMQ locally). The body holds a phone number and a code (docs/messages.md): it is never logged.
 *
 * <p>Not in functions/messaging: every application with that module would get the channel, and with it an SQS
 * queue to find at start. Only the applications serving the lookup have it: this one and functions/lookup/lambda (vn.vaxpass.functions.lookup.lambda).
 */
@ApplicationScoped
public class SqsSmsQueue implements SmsQueue {

    public static final String CHANNEL = "sms-requested";

    private final Emitter<String> emitter;

    @Inject
    public SqsSmsQueue(@Channel(CHANNEL) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public Uni<Void> send(SmsRequested message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
