package vn.vaxpass.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.function.Supplier;

/**
 * Which failures leave a process unfit to go on serving, and which end with the one request that met them.
 *
 * <p>A {@link StackOverflowError} is over once its stack has unwound: the request that overflowed fails, the thread
 * and the process are as before. An {@link OutOfMemoryError} for heap space, or for an array larger than the VM
 * allows, is one allocation that could not be made: once the request's objects are garbage the heap is as before,
 * unless it is still full of live objects after a collection, and then every next request would fail too. Every
 * other {@link VirtualMachineError} (an {@link InternalError}, an out-of-memory for metaspace, native threads or
 * direct buffers, the GC giving up) and every {@link LinkageError} (a class whose initialisation failed stays
 * unusable) is the process's, not the request's: only a new process recovers from it. Any other error or exception
 * (an {@link AssertionError}, say) is a defect met by one request. A failure is fatal when it, or any of its causes,
 * is.
 */
public final class FatalErrors {

    /** Above this share of the maximum heap in use after a full collection, the heap is taken as exhausted. */
    public static final double EXHAUSTED_HEAP_SHARE = 0.9;
    /** Causes looked at, at most: a cause chain can loop. */
    private static final int CAUSES = 16;

    private static final FatalErrors RUNNING = new FatalErrors(FatalErrors::heapShareAfterCollection);

    private final Supplier<Double> heapShareAfterCollection;

    /** @param heapShareAfterCollection the share of the maximum heap still used after a full collection */
    public FatalErrors(Supplier<Double> heapShareAfterCollection) {
        this.heapShareAfterCollection = heapShareAfterCollection;
    }

    /** Judged against this JVM's own heap. */
    public static FatalErrors ofThisProcess() {
        return RUNNING;
    }

    /** Whether the failure means this process should stop serving and be replaced. */
    public boolean isFatal(Throwable failure) {
        Throwable current = failure;
        for (int i = 0; i < CAUSES && current != null; i++) {
            if (fatalItself(current)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private boolean fatalItself(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return false;
        }
        if (failure instanceof OutOfMemoryError) {
            return !isOneAllocation((OutOfMemoryError) failure) || heapShareAfterCollection.get() > EXHAUSTED_HEAP_SHARE;
        }
        return failure instanceof VirtualMachineError || failure instanceof LinkageError;
    }

    /** Heap space, or an array beyond the VM's limit: one allocation refused, not a resource of the process gone. */
    private static boolean isOneAllocation(OutOfMemoryError error) {
        String message = error.getMessage();
        return message != null && (message.startsWith("Java heap space")
                || message.startsWith("Requested array size exceeds VM limit"));
    }

    /**
     * Collects (only ever after an out-of-memory error, when the request that met it has let go of its objects) and
     * measures what is still in use.
     */
    private static double heapShareAfterCollection() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return max <= 0 ? 0 : (double) heap.getUsed() / max;
    }
}
