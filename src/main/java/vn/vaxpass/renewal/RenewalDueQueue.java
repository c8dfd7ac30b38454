package vn.vaxpass.renewal;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * Where {@code certificate-renewal-due} messages go: an SQS queue in AWS, an embedded ElasticMQ queue in the one-process
 * server. Implemented next to the messaging client, so that applications with the core but without it still start;
 * only the scan needs one.
 */
public interface RenewalDueQueue {

    /**
     * Sends the messages (one SQS message each; a transport may carry several in one request). Completes with how many
     * the queue accepted; those it did not are left to the next scan.
     */
    Uni<Integer> sendAll(List<RenewalDue> messages);
}
