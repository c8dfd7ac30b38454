package vn.vaxpass.server.sms;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vaxpass.sms.Sms;
import vn.vaxpass.sms.SmsSender;

/**
 * {@code serve} texts nobody: it keeps each text in its outbox, where a developer reads it with
 * {@code deploy/vaxpass sms-outbox} (never in the log: texts carry phone numbers and codes).
 */
@ApplicationScoped
public class OutboxSmsSender implements SmsSender {

    private final SmsOutboxStore outbox;
    private final Clock clock;

    @Inject
    public OutboxSmsSender(SmsOutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(Sms sms) {
        outbox.keep(sms, clock.instant()).await().indefinitely();
    }
}
