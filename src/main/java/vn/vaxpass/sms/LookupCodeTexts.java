package vn.vaxpass.sms;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.lookup.OneTimeCode;
import vn.vaxpass.lookup.SmsRequested;

/**
 * An {@code sms-requested} message (docs/messages.md) as the text the citizen receives. The text is Vietnamese
 * without diacritics: GSM-7 keeps it one SMS (a Unicode SMS holds 70 characters), as brandname messages in Viet Nam
 * are written.
 */
public final class LookupCodeTexts {

    /** The largest message this reader takes: the real one is about 170 bytes. */
    static final int MAX_MESSAGE_LENGTH = 1024;
    private static final Pattern E164_VIETNAM = Pattern.compile("\\+84[0-9]{9}");
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LookupCodeTexts() {
    }

    public static QueuedText read(String message) {
        if (message == null || message.length() > MAX_MESSAGE_LENGTH) {
            throw new UnreadableTextMessageException("sms-requested: missing or longer than " + MAX_MESSAGE_LENGTH);
        }
        JsonNode body;
        try {
            body = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            throw new UnreadableTextMessageException("sms-requested: not JSON");
        }
        if (body == null || body.path("v").asInt() != SmsRequested.VERSION) {
            throw new UnreadableTextMessageException("sms-requested: not version " + SmsRequested.VERSION);
        }
        if (!SmsRequested.LOOKUP_CODE.equals(body.path("purpose").asText())) {
            throw new UnreadableTextMessageException("sms-requested: unknown purpose");
        }
        String phone = field(body, "phone", E164_VIETNAM);
        String code = field(body, "code", SIX_DIGITS);
        try {
            UUID id = UUID.fromString(body.path("messageId").asText());
            Instant expiresAt = Instant.parse(body.path("expiresAt").asText());
            return new QueuedText(new Sms(id, phone, text(code)), expiresAt);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UnreadableTextMessageException("sms-requested: messageId or expiresAt unreadable");
        }
    }

    static String text(String code) {
        return "Vaxpass: ma tra cuu cua ban la " + code + ", co hieu luc " + OneTimeCode.LIFETIME.toMinutes()
                + " phut. Khong dua ma nay cho bat ky ai. / Your lookup code; share it with no one.";
    }

    private static String field(JsonNode body, String name, Pattern shape) {
        String value = body.path(name).asText("");
        if (!shape.matcher(value).matches()) {
            throw new UnreadableTextMessageException("sms-requested: " + name + " is not well formed");
        }
        return value;
    }
}
