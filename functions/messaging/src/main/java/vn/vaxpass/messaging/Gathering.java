package vn.vaxpass.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.vertx.mutiny.core.Vertx;

/**
 * Gathers items handed in one at a time into batches: a batch is handed on when {@code size} items wait, or when
 * {@code lingerMillis} have passed since its first item came. For work that is cheaper in batches (one request for
 * ten SQS deletes, one round trip for many renewals) but arrives one message at a time. Thread-safe.
 */
public final class Gathering<T> {

    private final int size;
    private final long lingerMillis;
    private final Vertx vertx;
    private final Consumer<List<T>> handOn;
    private List<T> waiting = new ArrayList<>();
    private long generation;

    public Gathering(int size, long lingerMillis, Vertx vertx, Consumer<List<T>> handOn) {
        if (size < 1 || lingerMillis < 1) {
            throw new IllegalArgumentException("A batch holds at least one item and lingers at least 1 ms");
        }
        this.size = size;
        this.lingerMillis = lingerMillis;
        this.vertx = vertx;
        this.handOn = handOn;
    }

    public void add(T item) {
        List<T> full = null;
        synchronized (this) {
            waiting.add(item);
            if (waiting.size() >= size) {
                full = take();
            } else if (waiting.size() == 1) {
                long expected = generation;
                vertx.setTimer(lingerMillis, timer -> lingered(expected));
            }
        }
        if (full != null) {
            handOn.accept(full);
        }
    }

    private void lingered(long expected) {
        List<T> due;
        synchronized (this) {
            if (generation != expected || waiting.isEmpty()) {
                return;
            }
            due = take();
        }
        handOn.accept(due);
    }

    /** Under the lock: what waits, and a new generation so that the timer of the batch taken does nothing. */
    private List<T> take() {
        List<T> taken = waiting;
        waiting = new ArrayList<>();
        generation++;
        return taken;
    }
}
