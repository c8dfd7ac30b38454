package vn.vaxpass.sms;

import java.util.Objects;
import java.util.UUID;

/**
 * One text message to one phone. {@code id} is the message's own (the queue message's id), the same on every delivery
 * of it, so that it is sent once. Personal data and often a secret: {@link #toString()} shows the id only.
 */
public record Sms(UUID id, String phone, String body) {

    public Sms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "Sms[id=" + id + "]";
    }
}
