package vn.vaxpass.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.ChunkQueue;

/**
 * Chunk messages to the SQS queue {@code registry-match-chunks} through the SmallRye SQS connector: channel
 * {@value #CHANNEL}, configured by each application that sends (its queue URL in AWS, the embedded ElasticMQ locally).
 */
@ApplicationScoped
public class SqsChunkQueue implements ChunkQueue {

    public static final String CHANNEL = "match-chunks-out";

    private final Emitter<String> emitter;

    @Inject
    public SqsChunkQueue(@Channel(CHANNEL) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public Uni<Void> send(ChunkMessage message) {
        // Completes when SQS has acknowledged the message (SendMessage returned).
        return Uni.createFrom().completionStage(() -> emitter.send(message.toJson()));
    }
}
