package vn.vaxpass.server.bench;

import java.util.List;

/** The benchmarks' summary of their measured runs. */
final class BenchRuns {

    private BenchRuns() {
    }

    /** The median of figures sorted in ascending order (the mean of the middle two for an even count). */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
