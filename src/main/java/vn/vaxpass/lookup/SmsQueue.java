package vn.vaxpass.lookup;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code sms-requested} messages go: the SQS queue the SMS gateway reads in AWS, an embedded ElasticMQ queue in
 * the one-process server. Implemented next to the messaging connector, so that applications with the core but
 * without the connector still start; only requesting a code needs one.
 */
public interface SmsQueue {

    /** Completes once the queue has accepted the message. */
    Uni<Void> send(SmsRequested message);
}
