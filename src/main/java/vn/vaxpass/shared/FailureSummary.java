package vn.vaxpass.shared;

/**
 * What a log may say about an unexpected failure: its type and the place it was thrown, never its message or its
 * causes' messages, which may quote personal data (a database error quotes the row it refused). Every handler,
 * consumer and exception mapper that logs a failure it did not foresee logs this.
 */
public final class FailureSummary {

    private FailureSummary() {
    }

    /** {@code java.lang.IllegalStateException at vn.vaxpass.Foo.bar(Foo.java:42)}, without the message. */
    public static String of(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length > 0 ? trace[0].toString() : "an unknown place (no stack trace)";
        return failure.getClass().getName() + " at " + where;
    }
}
