package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The message asking the SMS worker to text a citizen (docs/messages.md, "sms-requested"):
 * {@code {"v":1,"messageId":"…","purpose":"lookup-code","phone":"+84912345678","code":"004271","expiresAt":"…"}}; for
 * a renewal, {@code purpose} {@value #CERTIFICATE_RENEWED} or {@value #RENEWAL_BLOCKED}, no code, and
 * {@code validUntil} (the new window's end, or the current one's). {@code expiresAt} is when sending stops being
 * worth it. It must carry personal data, the phone number, and for a code a secret: it is never logged, and its
 * {@link #toString()} shows neither.
 */
public record SmsRequested(int v, UUID messageId, String purpose, String phone, String code, Instant expiresAt,
        Instant validUntil) {

    /** The schema version this code writes; fields may be added within a version, never changed. */
    public static final int VERSION = 1;
    /** The text the gateway sends: the lookup's one-time code. */
    public static final String LOOKUP_CODE = "lookup-code";
    /** The next window's certificate is ready: the portal shows its QR. */
    public static final String CERTIFICATE_RENEWED = "certificate-renewed";
    /** The certificate runs out and cannot be renewed until the record is fixed at the commune's station. */
    public static final String RENEWAL_BLOCKED = "renewal-blocked";

    private static final ObjectMapper JSON = new ObjectMapper();

    public SmsRequested {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (LOOKUP_CODE.equals(purpose)) {
            Objects.requireNonNull(code, "code");
        } else {
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /** The code of a challenge, to its phone; the challenge id doubles as the message id the gateway dedups on. */
    public static SmsRequested lookupCode(UUID challengeId, PhoneNumber phone, String code, Instant expiresAt) {
        return new SmsRequested(VERSION, challengeId, LOOKUP_CODE, phone.e164(), code, expiresAt, null);
    }

    /**
     * A renewal's outcome, under the citizen notification's id (one text per subject and window, whatever is
     * redelivered); {@code validUntil} is the new window's end when renewed, the current one's when blocked.
     */
    public static SmsRequested renewal(UUID notificationId, boolean renewed, PhoneNumber phone, Instant validUntil,
            Instant sendBefore) {
        return new SmsRequested(VERSION, notificationId, renewed ? CERTIFICATE_RENEWED : RENEWAL_BLOCKED, phone.e164(),
                null, sendBefore, validUntil);
    }

    public String toJson() {
        ObjectNode body = JSON.createObjectNode().put("v", v).put("messageId", messageId.toString())
                .put("purpose", purpose).put("phone", phone);
        if (code != null) {
            body.put("code", code);
        }
        body.put("expiresAt", expiresAt.toString());
        if (validUntil != null) {
            body.put("validUntil", validUntil.toString());
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }

    @Override
    public String toString() {
        return "SmsRequested[v=" + v + ", messageId=" + messageId + ", purpose=" + purpose + "]";
    }
}
