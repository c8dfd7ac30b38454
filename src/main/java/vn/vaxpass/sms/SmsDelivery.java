package vn.vaxpass.sms;

import java.time.Clock;
import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * Sends a queued text at most once per message id and never after it stopped mattering, whatever the queue does:
 * delivering a message twice, or two copies at once, or again after a crash. The claim is taken before the text is
 * handed to the provider and marked sent after; a provider's refusal gives the claim back so the message's next
 * delivery tries again; a delivery that died holding a claim is taken over after {@link #LEASE}. The one case that
 * can still text twice is a crash between the provider's acceptance and the mark, which no provider without an
 * idempotency key lets us close.
 *
 * <p>Not a bean of the core: each application that texts produces one with its {@link SmsSender} (the triggers with
 * SNS, {@code serve} with its outbox), so the functions that do not text need no sender.
 */
public class SmsDelivery {

    /** Longer than a send with the SDK's retries takes (its socket timeout is 5 s, three attempts). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class);

    /** What became of one delivery of a message. */
    public enum Outcome {
        SENT,
        /** An earlier delivery sent it. */
        ALREADY_SENT,
        /** Past its use (a code past its expiry): acknowledged unsent. */
        EXPIRED
    }

    private final SmsDeliveryStore deliveries;
    private final SmsSender sender;
    private final Clock clock;

    public SmsDelivery(SmsDeliveryStore deliveries, SmsSender sender, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Sends the text unless it was sent or its time passed; blocking.
     *
     * @throws SmsInFlightException when another delivery is sending it now (the message must come back)
     * @throws SmsNotSentException when the provider refused it (the message must come back)
     */
    public Outcome deliver(QueuedText text) {
        Sms sms = text.sms();
        if (!clock.instant().isBefore(text.sendBefore())) {
            LOG.infof("Text %s expired before it could be sent; dropped", sms.id());
            return Outcome.EXPIRED;
        }
        switch (deliveries.claim(sms.id(), clock.instant(), LEASE).await().indefinitely()) {
            case ALREADY_SENT -> {
                LOG.debugf("Text %s was sent by an earlier delivery", sms.id());
                return Outcome.ALREADY_SENT;
            }
            case IN_FLIGHT -> throw new SmsInFlightException(sms.id());
            case CLAIMED -> {
                // sent below
            }
        }
        LOG.debugf("Text %s claimed; sending", sms.id());
        try {
            sender.send(sms);
        } catch (RuntimeException refused) {
            deliveries.release(sms.id()).await().indefinitely();
            throw refused;
        }
        deliveries.sent(sms.id(), clock.instant()).await().indefinitely();
        return Outcome.SENT;
    }
}
