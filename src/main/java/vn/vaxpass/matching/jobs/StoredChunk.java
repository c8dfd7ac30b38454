package vn.vaxpass.matching.jobs;

import java.util.List;
import java.util.UUID;

/**
 * A chunk as stored: its subjects are the key range {@code firstSubjectId..lastSubjectId} of the job's commune or
 * province, or, for an upload, the listed {@code subjectIds}.
 */
record StoredChunk(UUID jobId, int number, JobScope scope, String firstSubjectId, String lastSubjectId,
        List<String> subjectIds, boolean done) {
}
