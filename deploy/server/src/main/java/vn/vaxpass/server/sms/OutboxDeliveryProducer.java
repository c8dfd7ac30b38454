package vn.vaxpass.server.sms;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import vn.vaxpass.sms.SmsDelivery;
import vn.vaxpass.sms.SmsDeliveryStore;

/** {@code serve} delivers texts into its outbox, with the same once-per-message rules as the Lambda. */
@ApplicationScoped
public class OutboxDeliveryProducer {

    @Produces
    @ApplicationScoped
    SmsDelivery delivery(SmsDeliveryStore deliveries, OutboxSmsSender outbox, Clock clock) {
        return new SmsDelivery(deliveries, outbox, clock);
    }
}
