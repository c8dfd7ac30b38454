package vn.vaxpass.lookup;

/** What the lookup throttle counts requests per, each with the problem code a caller over its limit gets. */
public enum ThrottleScope {
    /** Every lookup call from one client address. */
    CLIENT("TOO_MANY_REQUESTS_FROM_CLIENT", "Too many lookups from your network; try again later."),
    /**
     * Codes sent to one phone number, for requests whose details matched. Never answered as 429: past the limit the
     * lookup answers as usual and sends no SMS ({@link CitizenLookup}); the code is for the throttle's own use.
     */
    PHONE("TOO_MANY_CODES_FOR_PHONE", "Too many codes were requested for this phone number; try again later."),
    /** Lookups of one ID number. */
    ID_NUMBER("TOO_MANY_LOOKUPS_FOR_ID_NUMBER", "Too many lookups of this ID number; try again later.");

    private final String code;
    private final String message;

    ThrottleScope(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
