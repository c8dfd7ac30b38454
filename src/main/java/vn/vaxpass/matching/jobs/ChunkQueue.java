package vn.vaxpass.matching.jobs;

import io.smallrye.mutiny.Uni;

/**
 * Where chunk messages go: the SQS queue {@code registry-match-chunks} in AWS, an embedded ElasticMQ queue in the
 * one-process server. Implemented next to the messaging connector (functions/messaging), so that applications with
 * the core but without the connector (the verify function) still start.
 */
public interface ChunkQueue {

    /** Completes once the queue has accepted the message. */
    Uni<Void> send(ChunkMessage message);
}
