/**
 * Texts to citizens' phones: the one-time codes the lookup asks for and the renewals' outcomes
 * ({@link vn.vaxpass.sms.RequestedTexts} reads an {@code sms-requested} message), sent at most once per message id and never after they stopped mattering
 * ({@link vn.vaxpass.sms.SmsDelivery}, claims in {@link vn.vaxpass.sms.SmsDeliveryStore}), through a
 * {@link vn.vaxpass.sms.SmsSender}: Amazon SNS ({@link vn.vaxpass.sms.SnsSmsSender}) in AWS, {@code serve}'s outbox
 * locally.
 *
 * <p>Rules: "a text carries personal data and often a secret: never logged, never in an exception's message";
 * "one SMS per message id, whatever the queue redelivers".
 *
 * <p>Reads {@code lookup} (the message it sends and the code's lifetime) and {@code aws}; no other package depends on
 * it, and it holds no Lambda or HTTP types: the triggers function and {@code serve} adapt the queue to it.
 */
package vn.vaxpass.sms;
