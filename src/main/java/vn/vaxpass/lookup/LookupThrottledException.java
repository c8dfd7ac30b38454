package vn.vaxpass.lookup;

import java.time.Duration;

/** A lookup refused because its client, phone number or ID number has had its share for now. */
public class LookupThrottledException extends RuntimeException {

    private final ThrottleScope scope;
    private final Duration retryAfter;

    public LookupThrottledException(ThrottleScope scope, Duration retryAfter) {
        super(scope.message(), null, false, false);
        this.scope = scope;
        this.retryAfter = retryAfter;
    }

    public ThrottleScope scope() {
        return scope;
    }

    /** How long until the window ends and the scope may be counted again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
