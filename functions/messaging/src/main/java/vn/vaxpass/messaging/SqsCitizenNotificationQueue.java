package vn.vaxpass.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.CitizenNotificationQueue;
import vn.vaxpass.renewal.RenewalSettings;

/**
 * Citizen notifications to the SQS queue {@value #QUEUE}, which the citizen portal and the Health Book app read, ten per
 * request ({@link SqsBatches}); its URL from {@code vaxpass.queues.citizen-notification.url} (Terraform), else looked up
 * by name (the embedded ElasticMQ). Ids, dates and reason codes only.
 */
@ApplicationScoped
public class SqsCitizenNotificationQueue implements CitizenNotificationQueue {

    public static final String QUEUE = "citizen-notification";

    private final BatchedQueue queue;

    @Inject
    public SqsCitizenNotificationQueue(SqsBatches sqs, RenewalSettings settings) {
        this.queue = sqs.queue(QUEUE, settings::sendConcurrency);
    }

    @Override
    public Uni<boolean[]> sendAll(List<CitizenNotification> notifications) {
        return queue.sendAll(notifications, CitizenNotification::toJson);
    }
}
