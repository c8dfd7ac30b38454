package vn.vaxpass.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.renewal.RenewalDue;
import vn.vaxpass.renewal.RenewalDueQueue;
import vn.vaxpass.renewal.RenewalSettings;

/**
 * Renewal-due messages to the SQS queue {@value #QUEUE}, ten per request ({@link SqsBatches}, which says why not
 * through the connector); its URL from {@code vaxpass.queues.certificate-renewal-due.url} (Terraform), else looked up
 * by name (the embedded ElasticMQ).
 */
@ApplicationScoped
public class SqsRenewalDueQueue implements RenewalDueQueue {

    public static final String QUEUE = "certificate-renewal-due";

    private final BatchedQueue queue;

    @Inject
    public SqsRenewalDueQueue(SqsBatches sqs, RenewalSettings settings) {
        this.queue = sqs.queue(QUEUE, settings::sendConcurrency);
    }

    @Override
    public Uni<Integer> sendAll(List<RenewalDue> messages) {
        return queue.sendAll(messages, RenewalDue::toJson).map(SqsRenewalDueQueue::count);
    }

    static int count(boolean[] accepted) {
        int count = 0;
        for (boolean one : accepted) {
            count += one ? 1 : 0;
        }
        return count;
    }
}
