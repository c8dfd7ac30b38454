package vn.vaxpass.matching.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Sends again the chunks that are not done although their message went out more than
 * {@link MatchJobSettings#resendAfter()} ago: the messages a crash kept from being sent after the job was written, and
 * the ones a dead worker or a full dead-letter queue lost. Run it on a schedule (the server every minute, AWS through
 * the {@code match-resume} trigger). A chunk claimed by one sweep is not sent by another running at the same time.
 *
 * <p>A chunk is sent at most {@link MatchJobSettings#maxAttempts()} times, the first send included; a stale chunk that
 * has had them all is given up instead: it and its job are FAILED (docs/messages.md). {@code resendAfter} must exceed
 * the chunk queue's visibility timeout, so that a message still being worked on is never sent twice.
 */
@ApplicationScoped
public class StaleChunkSweep {

    private static final Logger LOG = Logger.getLogger(StaleChunkSweep.class);

    /** Chunks claimed per round trip; a sweep goes on until no stale chunk is left. */
    static final int CLAIM_BATCH = 500;

    private final MatchJobStore store;
    private final ChunkSender sender;
    private final MatchJobSettings settings;
    private final Clock clock;

    @Inject
    public StaleChunkSweep(MatchJobStore store, ChunkSender sender, MatchJobSettings settings, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Blocking. @return how many chunk messages were sent again (the chunks given up are logged) */
    public int resendStale() {
        return resendStale(clock.instant());
    }

    /** As {@link #resendStale()}, as if it were {@code now}. */
    public int resendStale(Instant now) {
        Instant before = now.minus(settings.resendAfter());
        int sent = 0;
        StaleChunks claimed;
        do {
            claimed = store.claimStale(before, now, CLAIM_BATCH, settings.maxAttempts()).await().indefinitely();
            sent += sender.send(claimed.resend());
            for (ChunkMessage chunk : claimed.failed()) {
                LOG.warnf("Gave up chunk %d of job %s after %d sends: the job is FAILED", chunk.chunk(), chunk.jobId(),
                        settings.maxAttempts());
            }
        } while (claimed.claimed() == CLAIM_BATCH);
        if (sent > 0) {
            LOG.infof("Sent %d stale chunk messages again", sent);
        }
        return sent;
    }
}
