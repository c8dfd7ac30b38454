package vn.vaxpass.server.matching;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
 *
 * <p>The fault tests (server.faults) also poison a chunk number (every delivery fails, until cured) and hold a delivery
 * until they have broken something else (the database, the queue) while it is in flight.
 */
@Alternative
@Priority(1)
@Singleton
public class ChunkProcessorFailingOnce extends ChunkProcessor {

    private static final int DISARMED = -1;

    private final AtomicInteger failOnChunk = new AtomicInteger(DISARMED);
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger poisoned = new AtomicInteger(DISARMED);
    private final AtomicReference<Hold> hold = new AtomicReference<>();

    @Inject
    public ChunkProcessorFailingOnce(MatchJobStore store, SubjectPages subjects, BatchMatcher matcher, Clock clock) {
        super(store, subjects, matcher, clock);
    }

    /** The next delivery of chunk {@code chunk} (of any job) fails. */
    public void failNextDeliveryOfChunk(int chunk) {
        failOnChunk.set(chunk);
    }

    /** Every delivery of chunk {@code chunk} (of any job) fails, until {@link #cure()}: a poison chunk. */
    public void poison(int chunk) {
        poisoned.set(chunk);
    }

    public void cure() {
        poisoned.set(DISARMED);
    }

    /**
     * The next delivery of chunk {@code chunk} (of any job) waits, once it has been received, until the hold is
     * released; then it is processed as usual. The consumer takes one message at a time, so the others wait too.
     */
    public Hold holdNextDeliveryOfChunk(int chunk) {
        Hold armed = new Hold(chunk);
        hold.set(armed);
        return armed;
    }

    /** A delivery held in flight: {@link #reached()} completes when it arrives, {@link #release()} lets it go on. */
    public static final class Hold {
        private final int chunk;
        private final CompletableFuture<Void> reached = new CompletableFuture<>();
        private final CompletableFuture<Void> released = new CompletableFuture<>();

        private Hold(int chunk) {
            this.chunk = chunk;
        }

        public CompletableFuture<Void> reached() {
            return reached;
        }

        public void release() {
            released.complete(null);
        }
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
        if (poisoned.get() == message.chunk()) {
            failures.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("chunk " + message.chunk() + " is poison"));
        }
        Hold held = hold.get();
        if (held != null && held.chunk == message.chunk() && hold.compareAndSet(held, null)) {
            held.reached.complete(null);
            return Uni.createFrom().completionStage(held.released).chain(() -> super.process(message));
        }
        return super.process(message);
    }
}
