package vn.vaxpass.server.matching;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.matching.BatchMatcher;
import vn.vaxpass.matching.SubjectPages;
import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.ChunkProcessor;
import vn.vaxpass.matching.jobs.MatchJobStore;

/**
 * The worker dying on a chunk: when armed, the next delivery of a message for chunk {@code n} fails, as a worker that
 * crashed would leave it (unacknowledged); every other delivery is processed as usual. A singleton: a client proxy
 * would need a no-args constructor, which a subclass of a constructor-injected bean cannot have.
 */
@Alternative
@Priority(1)
@Singleton
public class ChunkProcessorFailingOnce extends ChunkProcessor {

    private static final int DISARMED = -1;

    private final AtomicInteger failOnChunk = new AtomicInteger(DISARMED);
    private final AtomicInteger failures = new AtomicInteger();

    @Inject
    public ChunkProcessorFailingOnce(MatchJobStore store, SubjectPages subjects, BatchMatcher matcher, Clock clock) {
        super(store, subjects, matcher, clock);
    }

    /** The next delivery of chunk {@code chunk} (of any job) fails. */
    public void failNextDeliveryOfChunk(int chunk) {
        failOnChunk.set(chunk);
    }

    public int failures() {
        return failures.get();
    }

    @Override
    public Uni<Outcome> process(ChunkMessage message) {
        if (failOnChunk.compareAndSet(message.chunk(), DISARMED)) {
            failures.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("the worker died on chunk " + message.chunk()));
        }
        return super.process(message);
    }
}
