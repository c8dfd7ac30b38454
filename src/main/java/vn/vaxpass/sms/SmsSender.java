package vn.vaxpass.sms;

/**
 * Where texts go: Amazon SNS in AWS ({@link SnsSmsSender}); in {@code serve}, an outbox table a developer reads. A
 * Vietnamese brandname SMS gateway (the likely production choice) would be a third.
 */
public interface SmsSender {

    /**
     * Hands the text to the carrier's side, blocking.
     *
     * @throws SmsNotSentException when it was not accepted (after the client's own retries); the message then comes
     *     back through its queue
     */
    void send(Sms sms);
}
