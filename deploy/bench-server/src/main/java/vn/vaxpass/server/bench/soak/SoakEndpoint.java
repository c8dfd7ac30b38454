package vn.vaxpass.server.bench.soak;

/**
 * Every call the soak makes, as reported one row each, with the one status it expects: any other is an error. The
 * SMS outbox is no HTTP call but a step of the phone way (the code reaching the phone), timed the same way.
 */
enum SoakEndpoint {

    REQUEST_CODE("POST /v1/lookup/challenges", 202),
    SMS_OUTBOX("(code in sms_outbox)", 0),
    ANSWER_CODE("POST /v1/lookup/challenges/{id}/answer", 200),
    LOOKUP_BY_ID_NUMBER("POST /v1/lookup/by-id-number", 200),
    CERTIFICATE_JSON("GET /v1/subjects/{id}/certificate json", 200),
    CERTIFICATE_UNCHANGED("GET /v1/subjects/{id}/certificate If-None-Match", 304),
    CERTIFICATE_PNG("GET /v1/subjects/{id}/certificate png", 200),
    VERIFY_TEXT("POST /v1/certificates/verify hc1", 200),
    VERIFY_IMAGE("POST /v1/certificates/verify png", 200),
    SUBMIT_MATCH_JOB("POST /v1/registry-match/jobs", 202),
    POLL_MATCH_JOB("GET /v1/registry-match/jobs/{id}", 200);

    private final String label;
    private final int expectedStatus;

    SoakEndpoint(String label, int expectedStatus) {
        this.label = label;
        this.expectedStatus = expectedStatus;
    }

    String label() {
        return label;
    }

    /** The status this call answers when all is well (0 for the outbox, which has none). */
    int expectedStatus() {
        return expectedStatus;
    }
}
