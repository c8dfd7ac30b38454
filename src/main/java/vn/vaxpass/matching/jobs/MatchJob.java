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
 * @param finishedAt   when its last chunk was done or given up; null while one runs
 * @param chunksFailed chunks given up after {@link MatchJobSettings#maxAttempts()} sends
 */
public record MatchJob(UUID id, JobScope scope, Area owner, String requestedBy, Instant submittedAt,
        Instant finishedAt, int chunks, long subjects, int chunksDone, int chunksFailed, long subjectsDone,
        Map<MatchStatus, Long> byStatus) {

    /** Where a job stands. */
    public enum Status {
        /** Chunks are still to be done, none given up. */
        RUNNING,
        /** Every chunk is done. */
        DONE,
        /**
         * A chunk was given up: the results will not be whole. The other chunks still run and count; the job turns
         * DONE if the given-up chunks are done after all (a late or redriven delivery).
         */
        FAILED
    }

    public MatchJob {
        byStatus = Map.copyOf(byStatus);
    }

    /** No chunk is left to run: each is done or given up. */
    public boolean finished() {
        return finishedAt != null;
    }

    public Status status() {
        if (chunksFailed > 0) {
            return Status.FAILED;
        }
        return finished() ? Status.DONE : Status.RUNNING;
    }

    /** Whole percent of the chunks done: 100 only when every chunk is. */
    public int percentDone() {
        return chunks == 0 ? 100 : (int) (100L * chunksDone / chunks);
    }
}
