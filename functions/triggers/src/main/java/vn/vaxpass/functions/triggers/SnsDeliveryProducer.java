package vn.vaxpass.functions.triggers;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import vn.vaxpass.sms.SmsDelivery;
import vn.vaxpass.sms.SmsDeliveryStore;
import vn.vaxpass.sms.SmsSettings;
import vn.vaxpass.sms.SnsSmsSender;

/** The triggers' texts go through Amazon SNS with the function's role ({@code vaxpass.sms.*}). */
@ApplicationScoped
public class SnsDeliveryProducer {

    @Produces
    @ApplicationScoped
    SmsDelivery delivery(SmsDeliveryStore deliveries, SmsSettings settings, Clock clock) {
        return new SmsDelivery(deliveries, SnsSmsSender.of(settings, DefaultCredentialsProvider.create()), clock);
    }
}
