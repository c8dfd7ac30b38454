package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The message asking the SMS gateway to send a one-time code (docs/messages.md, "sms-requested"):
 * {@code {"v":1,"messageId":"…","purpose":"lookup-code","phone":"+84912345678","code":"004271","expiresAt":"…"}}.
 * Unlike every other message it must carry personal data, the phone number, and a secret, the code: it is never
 * logged, and its {@link #toString()} shows neither.
 */
public record SmsRequested(int v, UUID messageId, String purpose, String phone, String code, Instant expiresAt) {

    /** The schema version this code writes; fields may be added within a version, never changed. */
    public static final int VERSION = 1;
    /** The text the gateway sends: the lookup's one-time code. */
    public static final String LOOKUP_CODE = "lookup-code";

    private static final ObjectMapper JSON = new ObjectMapper();

    public SmsRequested {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The code of a challenge, to its phone; the challenge id doubles as the message id the gateway dedups on. */
    public static SmsRequested lookupCode(UUID challengeId, PhoneNumber phone, String code, Instant expiresAt) {
        return new SmsRequested(VERSION, challengeId, LOOKUP_CODE, phone.e164(), code, expiresAt);
    }

    public String toJson() {
        ObjectNode body = JSON.createObjectNode().put("v", v).put("messageId", messageId.toString())
                .put("purpose", purpose).put("phone", phone).put("code", code).put("expiresAt", expiresAt.toString());
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
