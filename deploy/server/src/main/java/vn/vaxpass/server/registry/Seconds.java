package vn.vaxpass.server.registry;

/** Elapsed time as the commands print it: seconds, to the millisecond. */
public final class Seconds {

    private Seconds() {
    }

    public static double since(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3;
    }

    public static long perSecond(long count, double seconds) {
        return seconds <= 0 ? 0 : Math.round(count / seconds);
    }
}
