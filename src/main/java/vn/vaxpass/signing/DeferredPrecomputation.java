package vn.vaxpass.signing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A precomputation built only once it has been asked for often enough to pay for itself: the first
 * {@code usesBeforeBuilding} requests get null and the caller takes its plain path; the next one builds it.
 * Building after about as many uses as building costs keeps the total within twice the better of "never"
 * and "at once" (the ski-rental argument), so what is used once (a signer's self-check, a trust-list key
 * seen once, a cold function's single request) never pays for a table, and what is busy gets it early.
 * Thread-safe: built once.
 */
final class DeferredPrecomputation<T> {

    private final int usesBeforeBuilding;
    private final Supplier<T> build;
    private final AtomicInteger uses = new AtomicInteger();
    private volatile T built;

    DeferredPrecomputation(int usesBeforeBuilding, Supplier<T> build) {
        this.usesBeforeBuilding = usesBeforeBuilding;
        this.build = build;
    }

    /** The precomputation, or null while it is not yet worth building. */
    T getOrNull() {
        T value = built;
        if (value != null || uses.incrementAndGet() <= usesBeforeBuilding) {
            return value;
        }
        synchronized (this) {
            if (built == null) {
                built = build.get();
            }
            return built;
        }
    }
}
