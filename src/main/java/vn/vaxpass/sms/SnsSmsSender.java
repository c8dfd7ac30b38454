package vn.vaxpass.sms;

import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.SnsException;

import vn.vaxpass.aws.AwsClients;

/**
 * Texts through Amazon SNS: {@code Publish} to a phone number, as a transactional message (delivered ahead of
 * promotional ones, and past the opt-out list's promotional rules), under the sender id Vietnamese carriers require
 * for brandname messages where one is registered. The SDK retries throttling and server errors itself.
 */
public class SnsSmsSender implements SmsSender {

    /** SNS's message attribute for the SMS type (Amazon SNS developer guide, "Publishing to a mobile phone"). */
    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";
    static final String TRANSACTIONAL = "Transactional";
    private static final String STRING = "String";

    private final SnsClient sns;
    private final String senderId;

    /**
     * @param senderId the registered brandname, or empty for none
     */
    public SnsSmsSender(SnsClient sns, String senderId) {
        this.sns = sns;
        this.senderId = senderId;
    }

    /** A sender on a client built as every AWS client of the functions is ({@link AwsClients}). */
    public static SnsSmsSender of(SmsSettings settings, AwsCredentialsProvider credentials) {
        return new SnsSmsSender(AwsClients.build(SnsClient.builder(), settings.region(), settings.endpoint(),
                credentials), settings.senderId().orElse(""));
    }

    @Override
    public void send(Sms sms) {
        Map<String, MessageAttributeValue> attributes = senderId.isEmpty()
                ? Map.of(SMS_TYPE, text(TRANSACTIONAL))
                : Map.of(SMS_TYPE, text(TRANSACTIONAL), SENDER_ID, text(senderId));
        try {
            sns.publish(PublishRequest.builder().phoneNumber(sms.phone()).message(sms.body())
                    .messageAttributes(attributes).build());
        } catch (SnsException refused) {
            throw new SmsNotSentException("SNS refused the text " + sms.id() + ": "
                    + refused.awsErrorDetails().errorCode(), null);
        } catch (SdkException unreachable) {
            throw new SmsNotSentException("SNS did not answer for the text " + sms.id() + ": "
                    + unreachable.getClass().getSimpleName(), null);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType(STRING).stringValue(value).build();
    }
}
