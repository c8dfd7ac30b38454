package vn.vaxpass.matching;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.smallrye.mutiny.Uni;

/**
 * Keeps up to a number of chunks in flight and hands their results over in the order the chunks were submitted,
 * so a file's results come out in the file's order while the database and the CPUs work on several chunks.
 * Blocks the submitting thread when full: use it from a command or a worker, never from an event loop.
 */
final class ChunkPipeline<T> {

    private final int inFlight;
    private final Consumer<T> results;
    private final Deque<CompletableFuture<T>> pending = new ArrayDeque<>();

    ChunkPipeline(int inFlight, Consumer<T> results) {
        this.inFlight = inFlight;
        this.results = results;
    }

    void submit(Uni<T> chunk) {
        while (pending.size() >= inFlight) {
            deliverOldest();
        }
        pending.add(chunk.subscribeAsCompletionStage());
    }

    /** Waits for every chunk still in flight and hands its results over. */
    void finish() {
        while (!pending.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        CompletableFuture<T> oldest = pending.removeFirst();
        T result;
        try {
            result = oldest.join();
        } catch (CompletionException e) {
            pending.forEach(chunk -> chunk.cancel(false));
            pending.clear();
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        results.accept(result);
    }
}
