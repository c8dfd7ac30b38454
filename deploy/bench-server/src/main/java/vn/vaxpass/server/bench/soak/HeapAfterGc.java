package vn.vaxpass.server.bench.soak;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use right after a full collection: what the process keeps, not the garbage it happens to carry at that
 * moment. {@link MemoryMXBean#gc()} asks for a full collection (as {@code System.gc()} does, unless the JVM was told to
 * ignore it); asked twice, so that objects whose finalization or reference clearing the first freed go too.
 */
final class HeapAfterGc {

    private static final int COLLECTIONS = 2;

    private HeapAfterGc() {
    }

    /** Bytes of heap in use after full collections. */
    static long bytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < COLLECTIONS; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
