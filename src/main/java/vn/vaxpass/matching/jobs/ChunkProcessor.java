package vn.vaxpass.matching.jobs;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.MatchRun;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.matching.SubjectPages;

/**
 * Matches the chunk a message names, whoever delivers it (the triggers Lambda's SQS handler, the one-process server's
 * consumer): load the chunk → skip it when done → load its subjects → match and write their results for the job
 * ({@link BatchMatcher#matchAndRecord}, once per subject and job) → mark it done and count its results, once.
 * Delivering a message twice, or again after a crash at any step, leaves the same results and counts. A chunk the
 * {@link StaleChunkSweep} gave up is still matched when its message comes (late, or redriven from the dead-letter
 * queue): it turns done, and its job DONE when no other chunk failed.
 */
@ApplicationScoped
public class ChunkProcessor {

    /** What processing a message did. */
    public enum Outcome {
        /** Matched, and this delivery marked the chunk done. */
        MATCHED,
        /** The chunk was done before (a duplicate or late delivery): nothing was matched or written. */
        ALREADY_DONE,
        /** Matched, but another delivery of the same chunk marked it done first: counted once, by that one. */
        MATCHED_BY_ANOTHER_DELIVERY
    }

    private final MatchJobStore store;
    private final SubjectPages subjects;
    private final BatchMatcher matcher;
    private final Clock clock;

    @Inject
    public ChunkProcessor(MatchJobStore store, SubjectPages subjects, BatchMatcher matcher, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** @throws UnreadableMessageException (as the Uni's failure) when the body is no chunk message, or names no chunk */
    public Uni<Outcome> process(String messageBody) {
        return Uni.createFrom().item(() -> ChunkMessage.fromJson(messageBody)).chain(this::process);
    }

    public Uni<Outcome> process(ChunkMessage message) {
        return store.chunk(message.jobId(), message.chunk()).chain(chunk -> {
            if (chunk == null) {
                return Uni.createFrom().failure(new UnreadableMessageException(
                        "No chunk " + message.chunk() + " of job " + message.jobId()));
            }
            if (chunk.done()) {
                return Uni.createFrom().item(Outcome.ALREADY_DONE);
            }
            return subjectsOf(chunk)
                    .chain(found -> matcher.matchAndRecord(found, MatchRun.job(chunk.jobId(), clock.instant())))
                    .chain(() -> store.markDone(chunk, clock.instant()))
                    .map(marked -> marked ? Outcome.MATCHED : Outcome.MATCHED_BY_ANOTHER_DELIVERY);
        });
    }

    private Uni<List<StoredSubject>> subjectsOf(StoredChunk chunk) {
        return chunk.subjectIds() != null ? subjects.withIds(chunk.subjectIds())
                : subjects.between(chunk.scope().subjects(), chunk.firstSubjectId(), chunk.lastSubjectId());
    }
}
