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
        @Schema(description = "RUNNING, FINISHED, or FAILED once a chunk was given up after its last attempt (its"
                + " results are missing; the other chunks still run)") String state,
        int percentDone, int chunksDone,
        @Schema(description = "Chunks given up after their last attempt") int chunksFailed, int chunks, long subjectsDone, long subjects,
        @Schema(description = "Results of the chunks done, by status") Map<MatchStatus, Long> statuses,
        @Schema(description = "The token subject (account id) that submitted it") String requestedBy,
        Instant submittedAt, Instant finishedAt,
        @Schema(description = "Where results.csv is, once the job is finished") String results) {

    static JobResponse of(MatchJob job) {
        return new JobResponse(job.id(), job.scope().level().name(), job.scope().code(),
                state(job), job.percentDone(), job.chunksDone(), job.chunksFailed(), job.chunks(),
                job.subjectsDone(), job.subjects(), job.byStatus(), job.requestedBy(), job.submittedAt(),
                job.finishedAt(), JobsResource.PATH + "/" + job.id() + "/results");
    }

    private static String state(MatchJob job) {
        return switch (job.status()) {
            case RUNNING -> "RUNNING";
            case DONE -> "FINISHED";
            case FAILED -> "FAILED";
        };
    }
}
