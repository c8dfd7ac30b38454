package vn.vaxpass.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.renewal.RenewalSettings;

/**
 * Texts to the SQS queue {@value #QUEUE}, ten per request ({@link SqsBatches}), for the renewal's outcomes; its URL
 * from {@code vaxpass.queues.sms-requested.url} (Terraform), else looked up by name. The default where an application
 * has no queue of its own for texts (the lookup's, which sends one code at a time through the connector, wins).
 * Never logs a body: they carry phone numbers.
 */
@ApplicationScoped
@DefaultBean
public class SqsTextQueue implements SmsQueue {

    public static final String QUEUE = "sms-requested";

    private final BatchedQueue queue;

    @Inject
    public SqsTextQueue(SqsBatches sqs, RenewalSettings settings) {
        this.queue = sqs.queue(QUEUE, settings::sendConcurrency);
    }

    @Override
    public Uni<Void> send(SmsRequested message) {
        return sendAll(List.of(message)).map(accepted -> {
            if (!accepted[0]) {
                throw new IllegalStateException("sms-requested did not take text " + message.messageId());
            }
            return null;
        }).replaceWithVoid();
    }

    @Override
    public Uni<boolean[]> sendAll(List<SmsRequested> messages) {
        return queue.sendAll(messages, SmsRequested::toJson);
    }
}
