package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.KmsSignerException.Reason;

/** A wrong key id or certificate must stop the function at start-up, before a certificate is signed. */
class KmsSignerRefusesAKeyThatIsNotTheCertificates {

    private static final KmsTestKey EC_KEY = KmsTestKey.eccNistP256();
    private static final KmsTestKey RSA_KEY = KmsTestKey.rsa2048();
    private static final KmsTestKey ENCRYPTION_KEY = KmsTestKey.rsa2048ForEncryption();
    private AwsTestServer kms;
    private KmsClient client;

    @BeforeEach
    void start() throws Exception {
        kms = new AwsTestServer().add(EC_KEY).add(RSA_KEY).add(ENCRYPTION_KEY);
        client = KmsTestClients.against(kms);
    }

    @AfterEach
    void stop() {
        client.close();
        kms.close();
    }

    @Test
    void anEcCertificateOfAnotherKeyPair() {
        assertThatThrownBy(() -> new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, EC_KEY.another().certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_CERTIFICATE_MISMATCH))
                .hasMessageContaining(EC_KEY.keyId())
                .hasMessageContaining("CN=Vaxpass test DSC");
    }

    @Test
    void anRsaCertificateOfAnotherKeyPair() {
        assertThatThrownBy(() -> new KmsSigner(client, RSA_KEY.keyId(), CoseAlgorithm.PS256, RSA_KEY.another().certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_CERTIFICATE_MISMATCH));
    }

    @Test
    void anRsaCertificateForAnEcKey() {
        assertThatThrownBy(() -> new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, RSA_KEY.certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_CERTIFICATE_MISMATCH));
    }

    @Test
    void anAlgorithmTheKeyCannotMake() {
        assertThatThrownBy(() -> new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.PS256, EC_KEY.certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_USABLE))
                .hasMessageContaining("ECC_NIST_P256");
        assertThatThrownBy(() -> new KmsSigner(client, RSA_KEY.keyId(), CoseAlgorithm.ES256, RSA_KEY.certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_USABLE));
    }

    @Test
    void aKeyMadeForEncryption() {
        assertThatThrownBy(() -> new KmsSigner(client, ENCRYPTION_KEY.keyId(), CoseAlgorithm.PS256, ENCRYPTION_KEY.certificate()))
                .isInstanceOfSatisfying(KmsSignerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_USABLE))
                .hasMessageContaining("ENCRYPT_DECRYPT");
    }

    @Test
    void nothingIsSignedWhenTheKeyIsRefused() {
        assertThatThrownBy(() -> new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, RSA_KEY.certificate()))
                .isInstanceOf(KmsSignerException.class);

        assertThat(kms.requests()).extracting(r -> r.target()).containsExactly(AwsTestServer.KMS_GET_PUBLIC_KEY);
    }
}
