package vn.vaxpass.fuzzing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link FuzzTarget} over numbered inputs: input {@code i} of a run seeded {@code s} is made from
 * {@code new Random(inputSeed(s, i))}, so any input is made again from the two numbers alone. Each input's
 * allocation is measured on its own thread ({@code com.sun.management.ThreadMXBean}), around the run and not the
 * making of the input. Every {@link Throwable} that escapes a run is caught and counted, errors included; the run
 * goes on.
 */
public final class Fuzzer {

    /** Inputs run before counting, by default. */
    public static final int WARM_UP = 1000;

    /** Inputs a worker takes at a time. */
    private static final int BATCH = 256;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Fuzzer() {
    }

    /** The seed of input {@code index} of the run seeded {@code seed} (SplitMix64 of the pair). */
    public static long inputSeed(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Input {@code index} of the run seeded {@code seed}. */
    public static <I> I input(FuzzTarget<I> target, long seed, long index) {
        return target.input(new Random(inputSeed(seed, index)));
    }

    /** Runs inputs {@code 0 .. inputs-1} on one thread, after {@link #WARM_UP} inputs of another seed. */
    public static <I> FuzzReport run(FuzzTarget<I> target, long seed, long inputs) {
        return run(target, seed, inputs, 1, WARM_UP);
    }

    /**
     * Runs inputs {@code 0 .. inputs-1} on {@code threads} threads, after the seeds ({@link FuzzTarget#seedRounds}
     * times each) and {@code warmUp} inputs of
     * another run (seed {@code ~seed}), whose outcomes and allocations are not counted: the first use of a code path
     * loads and initialises classes, which allocates once per process and not per input. The counts and examples
     * are the same whatever the number of threads.
     */
    public static <I> FuzzReport run(FuzzTarget<I> target, long seed, long inputs, int threads, int warmUp) {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not measure allocation per thread");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        for (int round = 0; round < target.seedRounds(); round++) {
            for (I seedInput : target.seeds()) {
                warmUp(target, seedInput);
            }
        }
        for (int index = 0; index < warmUp; index++) {
            warmUp(target, input(target, ~seed, index));
        }
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        List<FuzzReport> parts = new ArrayList<>();
        if (threads <= 1) {
            parts.add(work(target, seed, inputs, next));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<FuzzReport>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> work(target, seed, inputs, next)));
                }
                for (Future<FuzzReport> future : futures) {
                    parts.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fuzzing thread failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        FuzzReport report = FuzzReport.merge(parts);
        report.seconds = (System.nanoTime() - start) / 1e9;
        report.seed = seed;
        report.threads = Math.max(1, threads);
        return report;
    }

    private static <I> void warmUp(FuzzTarget<I> target, I input) {
        try {
            target.run(input);
        } catch (Throwable e) {
            // Counted when it happens in the run itself; a seed may even be invalid on purpose.
        }
    }

    private static <I> FuzzReport work(FuzzTarget<I> target, long seed, long inputs, AtomicLong next) {
        FuzzReport report = new FuzzReport();
        long thread = Thread.currentThread().getId();
        while (true) {
            long from = next.getAndAdd(BATCH);
            if (from >= inputs) {
                return report;
            }
            long to = Math.min(inputs, from + BATCH);
            for (long index = from; index < to; index++) {
                I input = input(target, seed, index);
                int size = target.size(input);
                String layer = target.layer(input);
                String outcome;
                long before = THREADS.getThreadAllocatedBytes(thread);
                long started = System.nanoTime();
                try {
                    outcome = target.run(input);
                } catch (AssertionError refused) {
                    outcome = null;
                    report.refused(index, layer, describe(target, input), refused);
                } catch (Throwable unexpected) {
                    outcome = null;
                    report.unexpected(index, layer, describe(target, input), unexpected);
                }
                long nanos = System.nanoTime() - started;
                long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
                report.ran(index, layer, outcome, size, allocated, target.allocationBound(size), nanos);
            }
        }
    }

    private static <I> String describe(FuzzTarget<I> target, I input) {
        try {
            return target.describe(input);
        } catch (RuntimeException e) {
            return "(not describable: " + e + ")";
        }
    }

    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        return trace.length() > 4000 ? trace.substring(0, 4000) + "..." : trace;
    }
}
