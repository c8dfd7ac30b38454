package vn.vaxpass.certificate.renewal;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code citizen-notification} messages go: the SQS queue the citizen portal and the Health Book app read, an
 * embedded ElasticMQ queue in the one-process server. Implemented next to the messaging connector.
 */
public interface CitizenNotificationQueue {

    /** Completes once the queue has accepted the message. */
    Uni<Void> send(CitizenNotification message);
}
