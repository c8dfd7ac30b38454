package vn.vaxpass.lookup;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How long handing an SMS to the queue took lately, so that a code request that matched nobody (and sends nothing)
 * can take as long as one that sent: the answer is the same, and so is its timing. Keeps the last
 * {@value #KEPT} send times; before the first, imitates {@link #BEFORE_ANY_SEND}.
 */
@ApplicationScoped
public class SmsSendTimes {

    static final int KEPT = 64;
    static final Duration BEFORE_ANY_SEND = Duration.ofMillis(15);
    /** The shortest pause a timer takes (Vert.x refuses shorter ones). */
    static final long MIN_PAUSE_NANOS = Duration.ofMillis(1).toNanos();

    private final AtomicLongArray nanos = new AtomicLongArray(KEPT);
    private final AtomicInteger recorded = new AtomicInteger();

    public void record(Duration sendTime) {
        int slot = recorded.getAndIncrement();
        nanos.set(Math.floorMod(slot, KEPT), sendTime.toNanos());
    }

    /** One of the kept send times, drawn at random, at least a millisecond: the pause in place of a send. */
    public Duration imitation() {
        int filled = Math.min(recorded.get(), KEPT);
        if (filled == 0) {
            return BEFORE_ANY_SEND;
        }
        return Duration.ofNanos(Math.max(MIN_PAUSE_NANOS, nanos.get(ThreadLocalRandom.current().nextInt(filled))));
    }
}
