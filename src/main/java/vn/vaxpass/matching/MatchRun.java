package vn.vaxpass.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every result of one run shares: when it matched, and the job it belongs to. Within a job a subject has one
 * result however often its chunk is processed; without a job (null) every run adds to the subject's history.
 */
public record MatchRun(UUID jobId, Instant matchedAt) {

    public MatchRun {
        Objects.requireNonNull(matchedAt, "matchedAt");
    }

    public static MatchRun job(UUID jobId, Instant matchedAt) {
        return new MatchRun(Objects.requireNonNull(jobId, "jobId"), matchedAt);
    }

    public static MatchRun withoutJob(Instant matchedAt) {
        return new MatchRun(null, matchedAt);
    }
}
