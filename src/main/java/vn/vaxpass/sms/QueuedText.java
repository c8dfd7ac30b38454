package vn.vaxpass.sms;

import java.time.Instant;

/** A text a queue message asks for, and the moment after which sending it is pointless. */
public record QueuedText(Sms sms, Instant sendBefore) {
}
