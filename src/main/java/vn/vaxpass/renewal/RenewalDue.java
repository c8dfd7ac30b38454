package vn.vaxpass.renewal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The message {@code certificate-renewal-due} (docs/messages.md): one subject whose current certificate window ends
 * soon, and the next window's start, {@code {"v":1,"subjectId":"…","windowStart":"2026-07-01T03:00:00Z"}}. Ids and an
 * instant only: the consumer reads the record from the database.
 */
public record RenewalDue(int v, String subjectId, Instant windowStart) {

    /** The schema version this code writes and reads; fields may be added within a version, never changed. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    public RenewalDue {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(windowStart, "windowStart");
    }

    public static RenewalDue of(String subjectId, Instant windowStart) {
        return new RenewalDue(VERSION, subjectId, windowStart);
    }

    public String toJson() {
        return JSON.createObjectNode().put("v", v).put("subjectId", subjectId).put("windowStart", windowStart.toString())
                .toString();
    }

    /** @throws UnreadableRenewalMessageException when the body is not a renewal-due message of a version this code reads */
    public static RenewalDue fromJson(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            // The parser's message may quote the body; it carries ids only, but say no more than the kind.
            throw new UnreadableRenewalMessageException("Not a renewal-due message: " + e.getClass().getSimpleName());
        }
        if (message == null || !message.isObject()) {
            throw new UnreadableRenewalMessageException("Not a renewal-due message: no JSON object");
        }
        if (!message.path("v").isInt() || message.get("v").intValue() != VERSION) {
            throw new UnreadableRenewalMessageException("Renewal-due message version " + message.path("v") + "; this consumer reads "
                    + VERSION);
        }
        JsonNode subjectId = message.path("subjectId");
        if (!subjectId.isTextual() || subjectId.textValue().isBlank()) {
            throw new UnreadableRenewalMessageException("Renewal-due message without a subjectId");
        }
        try {
            return of(subjectId.textValue(), Instant.parse(message.path("windowStart").asText()));
        } catch (DateTimeParseException e) {
            throw new UnreadableRenewalMessageException("Renewal-due message without an ISO instant windowStart");
        }
    }
}
