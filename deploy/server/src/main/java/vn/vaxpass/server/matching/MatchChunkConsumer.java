package vn.vaxpass.server.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.matching.jobs.UnreadableMessageException;
import vn.vaxpass.shared.FailureSummary;

/**
 * The one-process server's registry-match worker: consumes the chunk queue (the embedded ElasticMQ, or a real SQS) and
 * hands every message to the same {@link ChunkProcessor} the triggers Lambda runs.
 *
 * <ul>
 *   <li>processed: acknowledged (deleted from the queue);</li>
 *   <li>failed: not acknowledged; the embedded ElasticMQ, like the AWS chunk queue, receives a message once and then
 *       moves it to the dead-letter queue, and the stale-chunk sweep sends the chunk again, counting attempts;</li>
 *   <li>no chunk message at all: acknowledged with a log line, since no retry can help it (AWS sends such a message to
 *       the dead-letter queue instead).</li>
 * </ul>
 * Acknowledging is done here, and its own failure (a receipt handle that expired while a slow chunk was matched) is
 * only logged: the message then comes back and finds its chunk done. The stream of messages never ends on an error.
 */
@ApplicationScoped
public class MatchChunkConsumer {

    public static final String CHANNEL = "match-chunks-in";

    private static final Logger LOG = Logger.getLogger(MatchChunkConsumer.class);

    private final ChunkProcessor processor;

    @Inject
    public MatchChunkConsumer(ChunkProcessor processor) {
        this.processor = processor;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return processor.process(message.getPayload())
                .onItemOrFailure().transformToUni((outcome, failure) -> {
                    if (failure == null || failure instanceof UnreadableMessageException) {
                        if (failure != null) {
                            LOG.errorf("Dropped a chunk message no worker can process: %s", failure.getMessage());
                        }
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    LOG.warnf("A chunk failed (%s); the stale-chunk sweep sends it again", FailureSummary.of(failure));
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                })
                .onFailure().recoverWithItem(ackFailure -> {
                    LOG.warnf("A chunk message was not acknowledged (%s); it comes back and finds its chunk done",
                            ackFailure.getClass().getName());
                    return null;
                });
    }
}
