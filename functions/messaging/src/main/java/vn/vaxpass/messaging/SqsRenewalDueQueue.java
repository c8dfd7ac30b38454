package vn.vaxpass.messaging;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private final SqsBatches sqs;
    private final Optional<String> url;
    private final RenewalSettings settings;

    @Inject
    public SqsRenewalDueQueue(SqsBatches sqs, @ConfigProperty(name = "vaxpass.queues." + QUEUE + ".url") Optional<String> url,
            RenewalSettings settings) {
        this.sqs = sqs;
        this.url = url;
        this.settings = settings;
    }

    @Override
    public Uni<Integer> sendAll(List<RenewalDue> messages) {
        return sqs.send(QUEUE, url, messages.stream().map(RenewalDue::toJson).toList(), settings.sendConcurrency())
                .map(SqsRenewalDueQueue::count);
    }

    static int count(boolean[] accepted) {
        int count = 0;
        for (boolean one : accepted) {
            count += one ? 1 : 0;
        }
        return count;
    }
}
