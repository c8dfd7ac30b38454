package vn.vaxpass.server.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;

/** The texts the server under test sent, read from its outbox as a developer reads them. */
public final class SentTexts {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Between two looks at the outbox while the SMS worker takes the message off the queue. */
    private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private SentTexts() {
    }

    /** The text sent for a message id (a lookup challenge's id), once the worker has sent it. */
    public static SmsOutboxStore.Kept awaitText(String messageId) {
        SmsOutboxStore outbox = Arc.container().instance(SmsOutboxStore.class).get();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            SmsOutboxStore.Kept kept = outbox.find(UUID.fromString(messageId)).await().indefinitely();
            if (kept != null) {
                return kept;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new AssertionError("No text was sent for message " + messageId);
    }

    /** The six-digit code of the text sent for a lookup challenge. */
    public static String codeFor(String challengeId) {
        Matcher code = CODE.matcher(awaitText(challengeId).sms().body());
        if (!code.find()) {
            throw new AssertionError("The text for " + challengeId + " holds no code");
        }
        return code.group(1);
    }
}
