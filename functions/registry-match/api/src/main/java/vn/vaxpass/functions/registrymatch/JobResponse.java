package vn.vaxpass.functions.registrymatch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.jobs.MatchJob;

/**
 * A job and its progress. {@code percentDone} counts chunks; {@code subjectsDone} counts the results written, which
 * can differ from {@code subjects} (planned at submission) when the scope's subjects changed meanwhile.
 */
@RegisterForReflection
@Schema(description = "A registry-match job and its progress")
public record JobResponse(UUID id,
        @Schema(description = "COMMUNE, PROVINCE or UPLOAD") String scope,
        @Schema(description = "The commune or province code; absent for an upload") String scopeCode,
        @Schema(description = "RUNNING or FINISHED") String state,
        int percentDone, int chunksDone, int chunks, long subjectsDone, long subjects,
        @Schema(description = "Results of the chunks done, by status") Map<MatchStatus, Long> statuses,
        @Schema(description = "The token subject (account id) that submitted it") String requestedBy,
        Instant submittedAt, Instant finishedAt,
        @Schema(description = "Where results.csv is, once the job is finished") String results) {

    static JobResponse of(MatchJob job) {
        return new JobResponse(job.id(), job.scope().level().name(), job.scope().code(),
                job.finished() ? "FINISHED" : "RUNNING", job.percentDone(), job.chunksDone(), job.chunks(),
                job.subjectsDone(), job.subjects(), job.byStatus(), job.requestedBy(), job.submittedAt(),
                job.finishedAt(), JobsResource.PATH + "/" + job.id() + "/results");
    }
}
