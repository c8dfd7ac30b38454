package vn.vaxpass.renewal;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code citizen-notification} messages go: the SQS queue the citizen portal and the Health Book app read, an
 * embedded ElasticMQ queue in the one-process server. Implemented next to the messaging client.
 */
public interface CitizenNotificationQueue {

    /**
     * Sends the notifications (one SQS message each). Completes with, for each notification in order, whether the
     * queue accepted it: a queue that cannot be reached accepts none.
     */
    Uni<boolean[]> sendAll(List<CitizenNotification> notifications);
}
