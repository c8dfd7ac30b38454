package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.signing.KmsSignerException.Reason;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.AwsTestServer.Failure;
import vn.vaxpass.testing.aws.KmsTestKey;

/**
 * KMS throttles above its request quota and now and then fails inside: the SDK client retries those answers
 * with back-off (one try and three retries, the SDK's default), so a burst costs time, not a certificate; an
 * answer that lasts beyond the retries becomes the signer's own error with KMS's code.
 */
class KmsSignerRidesOutThrottlingAndServerErrors {

    private static final byte[] TO_BE_SIGNED = "Sig_structure".getBytes(StandardCharsets.UTF_8);
    private static final int SDK_ATTEMPTS = 4;

    private final KmsTestKey key = KmsTestKey.eccNistP256();
    private AwsTestServer aws;
    private KmsClient client;
    private KmsSigner signer;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer().add(key);
        client = KmsTestClients.against(aws);
        signer = new KmsSigner(client, key.keyId(), CoseAlgorithm.ES256, key.certificate());
    }

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void aSignatureMadeAfterTwoThrottlingAnswersIsValid() throws Exception {
        aws.failNext(AwsTestServer.KMS_SIGN, 2, Failure.THROTTLING);

        byte[] signature = signer.sign(TO_BE_SIGNED);

        assertThat(KmsTestSignatures.verifiesEs256(key.publicKey(), TO_BE_SIGNED, signature)).isTrue();
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(3);
    }

    @Test
    void internalErrorsAndUnavailabilityAreRetriedToo() throws Exception {
        aws.failNext(AwsTestServer.KMS_SIGN, 1, Failure.INTERNAL_ERROR);
        aws.failNext(AwsTestServer.KMS_SIGN, 1, Failure.UNAVAILABLE);

        byte[] signature = signer.sign(TO_BE_SIGNED);

        assertThat(KmsTestSignatures.verifiesEs256(key.publicKey(), TO_BE_SIGNED, signature)).isTrue();
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(3);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRejectedWithKmsCode() {
        aws.failNext(AwsTestServer.KMS_SIGN, SDK_ATTEMPTS, Failure.THROTTLING);

        assertThatThrownBy(() -> signer.sign(TO_BE_SIGNED))
                .isInstanceOfSatisfying(KmsSignerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KMS_REJECTED);
                    assertThat(e.kmsErrorCode()).contains("ThrottlingException");
                })
                .hasMessageContaining("HTTP 400");
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(SDK_ATTEMPTS);
    }

    @Test
    void aLastingServerErrorIsRejectedWithItsStatus() {
        aws.failNext(AwsTestServer.KMS_SIGN, SDK_ATTEMPTS, Failure.INTERNAL_ERROR);

        assertThatThrownBy(() -> signer.sign(TO_BE_SIGNED))
                .isInstanceOfSatisfying(KmsSignerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KMS_REJECTED);
                    assertThat(e.kmsErrorCode()).contains("InternalFailure");
                })
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void aServiceErrorThatIsNotTransientIsNotRetried() {
        aws.failNext(AwsTestServer.KMS_SIGN, "KMSInvalidStateException", "key is pending deletion");

        assertThatThrownBy(() -> signer.sign(TO_BE_SIGNED)).isInstanceOf(KmsSignerException.class);
        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(1);
    }
}
