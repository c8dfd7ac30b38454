package vn.vaxpass.renewal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.issuance.EligibilityReason;

/**
 * The message {@code citizen-notification} (docs/messages.md), read by the citizen portal and the Health Book app:
 * ids, dates and reason codes, no personal data. Kinds: {@value #CERTIFICATE_RENEWED} (the next window's certificate
 * is ready: {@code validFrom}, {@code validUntil}) and {@value #RENEWAL_BLOCKED} (the record cannot have it; the
 * {@code reasons} say what to fix, the window is the one it would have covered). The {@code notificationId} is derived
 * from the subject and the window, so every delivery about one renewal carries the same id.
 */
public record CitizenNotification(int v, UUID notificationId, String kind, String subjectId, ValidityWindow window,
        List<EligibilityReason> reasons) {

    /** The schema version this code writes; fields may be added within a version, never changed. */
    public static final int VERSION = 1;
    public static final String CERTIFICATE_RENEWED = "certificate-renewed";
    public static final String RENEWAL_BLOCKED = "renewal-blocked";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CitizenNotification {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(window, "window");
        reasons = List.copyOf(reasons);
    }

    public static CitizenNotification renewed(String subjectId, ValidityWindow window) {
        return new CitizenNotification(VERSION, idOf(subjectId, window.issuedAt()), CERTIFICATE_RENEWED, subjectId, window,
                List.of());
    }

    public static CitizenNotification blocked(String subjectId, ValidityWindow window, List<EligibilityReason> reasons) {
        return new CitizenNotification(VERSION, idOf(subjectId, window.issuedAt()), RENEWAL_BLOCKED, subjectId, window,
                reasons);
    }

    /** The same subject and window, the same id (a name-based UUID): the portal shows one notice per id. */
    static UUID idOf(String subjectId, Instant windowStart) {
        return UUID.nameUUIDFromBytes(("vaxpass/certificate-renewal/" + subjectId + "/" + windowStart)
                .getBytes(StandardCharsets.UTF_8));
    }

    public String toJson() {
        ObjectNode body = JSON.createObjectNode().put("v", v).put("notificationId", notificationId.toString())
                .put("kind", kind).put("subjectId", subjectId).put("validFrom", window.issuedAt().toString())
                .put("validUntil", window.expiresAt().toString());
        if (RENEWAL_BLOCKED.equals(kind)) {
            reasons.forEach(reason -> body.withArray("reasons").add(reason.name()));
        }
        return body.toString();
    }
}
