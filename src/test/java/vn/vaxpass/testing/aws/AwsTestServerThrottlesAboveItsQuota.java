package vn.vaxpass.testing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * With its throttling switched on, the stand-in answers the calls beyond the rate as KMS does beyond its quota: HTTP
 * 400 with {@code __type} {@code ThrottlingException}; the other operations and the calls within the rate are served.
 * The client here does not retry, so that every answer is seen.
 */
class AwsTestServerThrottlesAboveItsQuota {

    private static final int PER_SECOND = 3;
    private static final int CALLS = 12;

    private final KmsTestKey key = KmsTestKey.eccNistP256();
    private AwsTestServer aws;
    private KmsClient kms;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer().add(key).throttleAbove(AwsTestServer.KMS_SIGN, PER_SECOND);
        kms = KmsClient.builder().endpointOverride(aws.endpoint()).region(Region.of(AwsTestServer.REGION))
                .credentialsProvider(aws.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
    }

    @AfterEach
    void stop() {
        kms.close();
        aws.close();
    }

    @Test
    void callsBeyondTheRateAreAnsweredThrottlingExceptionWithHttp400() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        int signed = 0;
        int throttled = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            try {
                kms.sign(r -> r.keyId(key.keyId()).message(SdkBytes.fromByteArray(digest))
                        .messageType(MessageType.DIGEST).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256));
                signed++;
            } catch (KmsException e) {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                throttled++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(throttled).isPositive();
        assertThat((double) signed).isLessThanOrEqualTo(PER_SECOND + seconds * PER_SECOND + 1);
        assertThat(aws.throttled(AwsTestServer.KMS_SIGN)).isEqualTo(throttled);
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(CALLS);
    }

    @Test
    void otherOperationsAreNotThrottled() {
        for (int i = 0; i < CALLS; i++) {
            kms.getPublicKey(r -> r.keyId(key.keyId()));
        }

        assertThat(aws.calls(AwsTestServer.KMS_GET_PUBLIC_KEY)).isEqualTo(CALLS);
        assertThat(aws.throttled(AwsTestServer.KMS_GET_PUBLIC_KEY)).isZero();
    }
}
