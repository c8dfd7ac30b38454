package vn.vaxpass.matching.jobs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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

    @Inject
    ChunkQueue queue;

    @Inject
    MatchJobSettings settings;

    /** Blocking. @return how many messages the queue accepted */
    int send(List<ChunkMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<Boolean> sent = Multi.createFrom().iterable(messages)
                .onItem().transformToUni(message -> queue.send(message).replaceWith(true)
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
