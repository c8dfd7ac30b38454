package vn.vaxpass.matching.jobs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;

/**
 * Sends chunk messages through the {@link ChunkQueue}, several at once. A message that cannot be sent is left to the
 * {@link StaleChunkSweep}: its chunk stays not done, and its last send time says when to try again.
 */
@ApplicationScoped
class ChunkSender {

    private static final Logger LOG = Logger.getLogger(ChunkSender.class);

    // Through Instance: applications with the core but no messaging connector (the verify function) have no queue,
    // and must still start; only sending needs one.
    private final Instance<ChunkQueue> queue;
    private final MatchJobSettings settings;

    @Inject
    ChunkSender(Instance<ChunkQueue> queue, MatchJobSettings settings) {
        this.queue = queue;
        this.settings = settings;
    }

    /** Blocking. @return how many messages the queue accepted */
    int send(List<ChunkMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        if (!queue.isResolvable()) {
            throw new IllegalStateException("No ChunkQueue: this application has no messaging connector (vaxpass-messaging)");
        }
        ChunkQueue target = queue.get();
        List<Boolean> sent = Multi.createFrom().iterable(messages)
                .onItem().transformToUni(message -> target.send(message).replaceWith(true)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("Chunk %d of job %s not sent (%s); the sweep sends it later", message.chunk(),
                                    message.jobId(), failure.getClass().getName());
                            return false;
                        }))
                .merge(settings.sendConcurrency())
                .collect().asList().await().indefinitely();
        return (int) sent.stream().filter(Boolean::booleanValue).count();
    }
}
