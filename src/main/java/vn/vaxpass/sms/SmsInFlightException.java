package vn.vaxpass.sms;

import java.util.UUID;

/** Another delivery of the same text holds its claim: this one must leave the message to come back. */
public class SmsInFlightException extends RuntimeException {

    public SmsInFlightException(UUID id) {
        super("Text " + id + " is being sent by another delivery");
    }
}
