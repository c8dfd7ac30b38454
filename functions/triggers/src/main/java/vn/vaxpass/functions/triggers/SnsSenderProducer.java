package vn.vaxpass.functions.triggers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import vn.vaxpass.sms.SmsSender;
import vn.vaxpass.sms.SmsSettings;
import vn.vaxpass.sms.SnsSmsSender;

/** The triggers' texts go through Amazon SNS with the function's role ({@code vaxpass.sms.*}). */
@ApplicationScoped
public class SnsSenderProducer {

    @Produces
    @ApplicationScoped
    SmsSender sender(SmsSettings settings) {
        return SnsSmsSender.of(settings, DefaultCredentialsProvider.create());
    }
}
