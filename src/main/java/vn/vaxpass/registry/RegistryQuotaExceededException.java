package vn.vaxpass.registry;

import java.time.Duration;

/** A registry check refused because the account has used its checks for the UTC day ({@link RegistryQuota}). */
public class RegistryQuotaExceededException extends RuntimeException {

    /** The problem code of the refusal. */
    public static final String CODE = "REGISTRY_QUOTA_EXCEEDED";

    private final int dailyQuota;
    private final Duration retryAfter;

    public RegistryQuotaExceededException(int dailyQuota, int asked, Duration retryAfter) {
        super("Your account has used its " + dailyQuota + " registry checks for today" + (asked > 1
                ? " (this request needs " + asked + ")" : "") + ". Checks start again at midnight UTC (7:00 in Viet"
                + " Nam); if your work needs more each day, ask your province's health department to raise the quota.",
                null, false, false);
        this.dailyQuota = dailyQuota;
        this.retryAfter = retryAfter;
    }

    public int dailyQuota() {
        return dailyQuota;
    }

    /** How long until the next UTC day, in whole seconds, at least one. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
