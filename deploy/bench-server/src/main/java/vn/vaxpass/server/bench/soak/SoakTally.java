package vn.vaxpass.server.bench.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the soak's workers saw, endpoint by endpoint: each call's latency and whether it was an error. Shared by every
 * worker: each endpoint's figures are guarded by their own lock, short enough not to shape the load. An error keeps
 * its status and problem code only (never a body: bodies carry names, phones and ID numbers).
 */
final class SoakTally {

    /** Errors described in the report; the count goes on past them. */
    static final int ERRORS_DESCRIBED = 20;

    /** One endpoint's figures, latencies in milliseconds. */
    record Row(SoakEndpoint endpoint, int calls, int errors, double p50Millis, double p99Millis) {
    }

    private final Map<SoakEndpoint, Calls> calls = new EnumMap<>(SoakEndpoint.class);
    private final List<String> described = new ArrayList<>();

    SoakTally() {
        for (SoakEndpoint endpoint : SoakEndpoint.values()) {
            calls.put(endpoint, new Calls());
        }
    }

    void ok(SoakEndpoint endpoint, long nanos) {
        calls.get(endpoint).add(nanos, false);
    }

    /** A call that went wrong: a status the mix did not expect, a body it could not use, or no answer at all. */
    void error(SoakEndpoint endpoint, long nanos, String what) {
        calls.get(endpoint).add(nanos, true);
        synchronized (described) {
            if (described.size() < ERRORS_DESCRIBED) {
                described.add(endpoint.label() + ": " + what);
            }
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        calls.forEach((endpoint, figures) -> rows.add(figures.row(endpoint)));
        return rows;
    }

    List<String> describedErrors() {
        synchronized (described) {
            return List.copyOf(described);
        }
    }

    /** One endpoint's latencies (nanoseconds, grown as needed) and error count. */
    private static final class Calls {

        private long[] nanos = new long[1024];
        private int count;
        private int errors;

        synchronized void add(long latency, boolean error) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
            if (error) {
                errors++;
            }
        }

        synchronized Row row(SoakEndpoint endpoint) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return new Row(endpoint, count, errors, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)));
        }

        /** The nearest-rank percentile: the smallest latency at or above which p % of the calls lie. */
        private static long percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }
    }
}
