package vn.vaxpass.server.registry;

/** Elapsed time as the commands print it: seconds, to the millisecond. */
final class Seconds {

    private Seconds() {
    }

    static double since(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3;
    }

    static long perSecond(long count, double seconds) {
        return seconds <= 0 ? 0 : Math.round(count / seconds);
    }
}
