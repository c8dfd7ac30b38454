package vn.vaxpass.server.registry;

import java.util.List;

/** Elapsed time as the commands print it: seconds, to the millisecond; and the benchmarks' summary of their runs. */
public final class Seconds {

    private Seconds() {
    }

    public static double since(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3;
    }

    public static long perSecond(long count, double seconds) {
        return seconds <= 0 ? 0 : Math.round(count / seconds);
    }

    /** The median of figures sorted in ascending order (the mean of the middle two for an even count). */
    public static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
