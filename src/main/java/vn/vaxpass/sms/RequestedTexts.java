package vn.vaxpass.sms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.lookup.OneTimeCode;
import vn.vaxpass.lookup.SmsRequested;

/**
 * An {@code sms-requested} message (docs/messages.md) as the text the citizen receives: a lookup code, or a renewal's
 * outcome. The texts are Vietnamese without diacritics: GSM-7 keeps each one SMS (a Unicode SMS holds 70 characters),
 * as brandname messages in Viet Nam are written.
 */
public final class RequestedTexts {

    /** The largest message this reader takes: the real ones are under 250 bytes. */
    static final int MAX_MESSAGE_LENGTH = 1024;
    private static final Pattern E164_VIETNAM = Pattern.compile("\\+84[0-9]{9}");
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestedTexts() {
    }

    public static QueuedText read(String message) {
        JsonNode body = parse(message);
        String purpose = body.path("purpose").asText();
        String phone = field(body, "phone", E164_VIETNAM);
        UUID id;
        Instant expiresAt;
        try {
            id = UUID.fromString(body.path("messageId").asText());
            expiresAt = Instant.parse(body.path("expiresAt").asText());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UnreadableTextMessageException("sms-requested: messageId or expiresAt unreadable");
        }
        String text = switch (purpose) {
            case SmsRequested.LOOKUP_CODE -> lookupCode(field(body, "code", SIX_DIGITS));
            case SmsRequested.CERTIFICATE_RENEWED -> renewed(validUntil(body));
            case SmsRequested.RENEWAL_BLOCKED -> blocked(validUntil(body));
            default -> throw new UnreadableTextMessageException("sms-requested: unknown purpose");
        };
        return new QueuedText(new Sms(id, phone, text), expiresAt);
    }

    static String lookupCode(String code) {
        return "Vaxpass: ma tra cuu cua ban la " + code + ", co hieu luc " + OneTimeCode.LIFETIME.toMinutes()
                + " phut. Khong dua ma nay cho bat ky ai. / Your lookup code; share it with no one.";
    }

    static String renewed(Instant validUntil) {
        return "Bo Y te: chung nhan tiem chung COVID-19 cua ban da duoc gia han den " + DAY.format(validUntil)
                + ". Ma QR moi co tren Cong tra cuu Vaxpass. / Your certificate was renewed.";
    }

    static String blocked(Instant validUntil) {
        return "Bo Y te: chung nhan tiem chung COVID-19 cua ban het han ngay " + DAY.format(validUntil)
                + " va chua the gia han. Vui long lien he tram y te xa de kiem tra ho so. / Renewal needs your record"
                + " checked.";
    }

    private static JsonNode parse(String message) {
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
        return body;
    }

    private static Instant validUntil(JsonNode body) {
        try {
            return Instant.parse(body.path("validUntil").asText());
        } catch (DateTimeParseException e) {
            throw new UnreadableTextMessageException("sms-requested: validUntil unreadable");
        }
    }

    private static String field(JsonNode body, String name, Pattern shape) {
        String value = body.path(name).asText("");
        if (!shape.matcher(value).matches()) {
            throw new UnreadableTextMessageException("sms-requested: " + name + " is not well formed");
        }
        return value;
    }
}
