package vn.vaxpass.server.sms;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;

import vn.vaxpass.shared.FailureSummary;
import vn.vaxpass.sms.RequestedTexts;
import vn.vaxpass.sms.SmsDelivery;
import vn.vaxpass.sms.UnreadableTextMessageException;

/**
 * The one-process server's SMS worker: consumes {@code sms-requested} and delivers each text (a code, a renewal's outcome) through the same
 * {@link SmsDelivery} as the triggers Lambda, into {@code serve}'s outbox. Sent, already sent or expired: acknowledged;
 * unreadable: acknowledged with a log line naming the fault (AWS moves it to the dead-letter queue); otherwise not
 * acknowledged, so the queue delivers it again after its visibility timeout.
 */
@ApplicationScoped
public class SmsRequestedConsumer {

    public static final String CHANNEL = "sms-requested-in";

    private static final Logger LOG = Logger.getLogger(SmsRequestedConsumer.class);

    private final SmsDelivery delivery;

    @Inject
    public SmsRequestedConsumer(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            delivery.deliver(RequestedTexts.read(message.getPayload()));
            return message.ack();
        } catch (UnreadableTextMessageException unreadable) {
            LOG.errorf("Dropped an sms-requested message no worker can send: %s", unreadable.getMessage());
            return message.ack();
        } catch (RuntimeException failure) {
            LOG.warnf("A text was not sent (%s); the queue delivers it again", FailureSummary.of(failure));
            return message.nack(failure);
        }
    }
}
