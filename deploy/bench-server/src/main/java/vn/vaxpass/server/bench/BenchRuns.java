package vn.vaxpass.server.bench;

import java.util.ArrayList;
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

    /** The median of figures in any order, rounded to three decimals (seconds to the millisecond); 0 for none. */
    static double roundedMedian(List<Double> figures) {
        if (figures.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(figures);
        sorted.sort(null);
        return Math.round(median(sorted) * 1000) / 1000.0;
    }
}
