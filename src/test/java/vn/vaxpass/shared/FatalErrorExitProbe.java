package vn.vaxpass.shared;

/**
 * A process of its own for {@link AFatalErrorOnAnyThreadEndsTheProcess}: the real exit installed as at start, then an
 * error of the kind named on a thread of its own; prints "still serving" if the process is still there after the
 * grace.
 */
public final class FatalErrorExitProbe {

    private FatalErrorExitProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        new FatalErrorExit(new SystemProcessEnd()).install();
        Thread failing = new Thread(() -> {
            if ("internal-error".equals(args[0])) {
                throw new InternalError("the JVM's own failure, as a probe");
            }
            recurse(0);
        }, "probe");
        failing.start();
        failing.join();
        Thread.sleep(FatalErrorExit.GRACE.toMillis() + 3000);
        System.out.println("still serving");
    }

    private static long recurse(long depth) {
        return depth == Long.MAX_VALUE ? depth : recurse(depth + 1) + 1;
    }
}
