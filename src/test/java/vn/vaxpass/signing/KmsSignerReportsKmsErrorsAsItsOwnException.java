package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.KmsSignerException.Reason;

class KmsSignerReportsKmsErrorsAsItsOwnException {

    private final KmsTestKey ecKey = KmsTestKey.eccNistP256();
    private AwsTestServer kms;
    private KmsClient client;

    @BeforeEach
    void start() throws Exception {
        kms = new AwsTestServer().add(ecKey);
        client = KmsTestClients.against(kms);
    }

    @AfterEach
    void stop() {
        client.close();
        kms.close();
    }

    @Test
    void anUnknownKeyAtStartUp() {
        assertThatThrownBy(() -> new KmsSigner(client, "alias/no-such-key", CoseAlgorithm.ES256, ecKey.certificate()))
                .isExactlyInstanceOf(KmsSignerException.class)
                .hasMessageContaining("GetPublicKey")
                .hasMessageContaining("alias/no-such-key")
                .hasMessageContaining("NotFoundException")
                .satisfies(e -> {
                    KmsSignerException kmsError = (KmsSignerException) e;
                    assertThat(kmsError.reason()).isEqualTo(Reason.KMS_REJECTED);
                    assertThat(kmsError.kmsErrorCode()).contains("NotFoundException");
                });
    }

    @Test
    void aKeyDisabledAfterStartUp() {
        KmsSigner signer = new KmsSigner(client, ecKey.keyId(), CoseAlgorithm.ES256, ecKey.certificate());
        kms.failNext(AwsTestServer.KMS_SIGN, "DisabledException", "arn:aws:kms:...:key/" + ecKey.keyId() + " is disabled.");

        assertThatThrownBy(() -> signer.sign(new byte[] {1, 2, 3}))
                .isExactlyInstanceOf(KmsSignerException.class)
                .hasMessageContaining("Sign")
                .hasMessageContaining("DisabledException")
                .hasMessageContaining("HTTP 400")
                .satisfies(e -> assertThat(((KmsSignerException) e).kmsErrorCode()).contains("DisabledException"));
    }

    @Test
    void aDeniedRequest() {
        KmsSigner signer = new KmsSigner(client, ecKey.keyId(), CoseAlgorithm.ES256, ecKey.certificate());
        kms.failNext(AwsTestServer.KMS_SIGN, "AccessDeniedException", "User is not authorized to perform: kms:Sign");

        assertThatThrownBy(() -> signer.sign(new byte[] {1}))
                .isInstanceOfSatisfying(KmsSignerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KMS_REJECTED);
                    assertThat(e.kmsErrorCode()).contains("AccessDeniedException");
                });
    }

    @Test
    void noKmsAtTheEndpoint() throws Exception {
        URI nothingListening;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nothingListening = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (KmsClient unreachable = KmsClients.create(AwsTestServer.REGION, Optional.of(nothingListening),
                kms.credentials())) {

            assertThatThrownBy(() -> new KmsSigner(unreachable, ecKey.keyId(), CoseAlgorithm.ES256, ecKey.certificate()))
                    .isInstanceOfSatisfying(KmsSignerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.KMS_UNREACHABLE);
                        assertThat(e.kmsErrorCode()).isEmpty();
                    });
        }
    }
}
