package vn.vaxpass.certificate.renewal;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code certificate-renewal-due} messages go: an SQS queue in AWS, an embedded ElasticMQ queue in the one-process
 * server. Implemented next to the messaging connector, so that applications with the core but without the connector
 * still start; only the scan needs one.
 */
public interface RenewalDueQueue {

    /** Completes once the queue has accepted the message. */
    Uni<Void> send(RenewalDue message);
}
