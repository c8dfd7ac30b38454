package vn.vaxpass.matching.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vaxpass.access.Area;
import vn.vaxpass.matching.MatchStatus;

/**
 * A job as stored, with its progress: chunks and subjects done of the planned totals, and the results of the chunks
 * done by status. {@code subjectsDone} counts results written, which can differ from the planned {@code subjects} when
 * subjects were added to or removed from the scope meanwhile; progress is measured in chunks.
 *
 * @param owner        where it belongs: whoever reaches this area may see it ({@link vn.vaxpass.access.Reach#reaches})
 * @param requestedBy  the subject (sub) of the token that submitted it
 * @param finishedAt   when its last chunk was done; null while it runs
 */
public record MatchJob(UUID id, JobScope scope, Area owner, String requestedBy, Instant submittedAt,
        Instant finishedAt, int chunks, long subjects, int chunksDone, long subjectsDone,
        Map<MatchStatus, Long> byStatus) {

    public MatchJob {
        byStatus = Map.copyOf(byStatus);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** Whole percent of the chunks done: 100 only when every chunk is. */
    public int percentDone() {
        return chunks == 0 ? 100 : (int) (100L * chunksDone / chunks);
    }
}
