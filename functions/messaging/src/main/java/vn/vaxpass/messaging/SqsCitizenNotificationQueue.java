package vn.vaxpass.messaging;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private final SqsBatches sqs;
    private final Optional<String> url;
    private final RenewalSettings settings;

    @Inject
    public SqsCitizenNotificationQueue(SqsBatches sqs,
            @ConfigProperty(name = "vaxpass.queues." + QUEUE + ".url") Optional<String> url, RenewalSettings settings) {
        this.sqs = sqs;
        this.url = url;
        this.settings = settings;
    }

    @Override
    public Uni<boolean[]> sendAll(List<CitizenNotification> notifications) {
        return sqs.send(QUEUE, url, notifications.stream().map(CitizenNotification::toJson).toList(),
                settings.sendConcurrency());
    }
}
