package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;
import vn.vaxpass.signing.CoseAlgorithm;

/** Real SDK, real HTTP, real keys: only KMS itself is stood in for by {@link KmsTestServer}. */
class KmsSignerProducesVerifiableSignatures {

    /** Stands in for a COSE Sig_structure; the signer must not care what it signs. */
    private static final byte[] TO_BE_SIGNED = "[\"Signature1\", h'a10126', h'', h'a4016256...']"
            .getBytes(StandardCharsets.UTF_8);

    private static final KmsTestKey EC_KEY = KmsTestKey.eccNistP256();
    private static final KmsTestKey RSA_KEY = KmsTestKey.rsa2048();
    private AwsTestServer kms;
    private KmsClient client;

    @BeforeEach
    void start() throws Exception {
        kms = new AwsTestServer().add(EC_KEY).add(RSA_KEY);
        client = KmsTestClients.against(kms);
    }

    @AfterEach
    void stop() {
        client.close();
        kms.close();
    }

    @Test
    void es256SignaturesAre64BytesOfRAndSThatVerifyAgainstTheCertificate() throws Exception {
        KmsSigner signer = new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, EC_KEY.certificate());

        // Several: r and s vary in DER length from one signature to the next (top bit set about half the time).
        for (int i = 0; i < 16; i++) {
            byte[] signature = signer.sign(TO_BE_SIGNED);

            assertThat(signature).hasSize(64);
            assertThat(KmsTestSignatures.verifiesEs256(EC_KEY.certificate().getPublicKey(), TO_BE_SIGNED, signature)).isTrue();
        }
    }

    @Test
    void ps256SignaturesVerifyAgainstTheCertificateWithTheDccPssParameters() throws Exception {
        KmsSigner signer = new KmsSigner(client, RSA_KEY.keyId(), CoseAlgorithm.PS256, RSA_KEY.certificate());

        byte[] signature = signer.sign(TO_BE_SIGNED);

        assertThat(signature).hasSize(256);
        assertThat(KmsTestSignatures.verifiesPs256(RSA_KEY.certificate().getPublicKey(), TO_BE_SIGNED, signature)).isTrue();
    }

    @Test
    void aSignatureOfOtherBytesDoesNotVerify() throws Exception {
        KmsSigner signer = new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, EC_KEY.certificate());
        byte[] other = TO_BE_SIGNED.clone();
        other[0] ^= 1;

        assertThat(KmsTestSignatures.verifiesEs256(EC_KEY.certificate().getPublicKey(), other, signer.sign(TO_BE_SIGNED)))
                .isFalse();
    }

    @Test
    void kmsIsSentOnlyTheSha256DigestWithTheAlgorithmOfTheKey() throws Exception {
        KmsSigner signer = new KmsSigner(client, RSA_KEY.keyId(), CoseAlgorithm.PS256, RSA_KEY.certificate());

        signer.sign(TO_BE_SIGNED);

        List<AwsTestServer.Request> requests = kms.requests();
        assertThat(requests).extracting(r -> r.target())
                .containsExactly(AwsTestServer.KMS_GET_PUBLIC_KEY, AwsTestServer.KMS_SIGN);
        AwsTestServer.Request sign = requests.get(1);
        assertThat(sign.body().path("KeyId").asText()).isEqualTo(RSA_KEY.keyId());
        assertThat(sign.body().path("MessageType").asText()).isEqualTo("DIGEST");
        assertThat(sign.body().path("SigningAlgorithm").asText()).isEqualTo("RSASSA_PSS_SHA_256");
        assertThat(sign.body().path("Message").binaryValue())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(TO_BE_SIGNED));
        assertThat(sign.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=")
                .contains("/" + AwsTestServer.REGION + "/kms/aws4_request");
    }

    @Test
    void describesItselfByTheCertificate() {
        KmsSigner signer = new KmsSigner(client, EC_KEY.keyId(), CoseAlgorithm.ES256, EC_KEY.certificate());

        assertThat(signer.algorithm()).isEqualTo(CoseAlgorithm.ES256);
        assertThat(signer.certificate()).isSameAs(EC_KEY.certificate());
        assertThat(signer.kid()).isEqualTo(KeyIdentifier.of(EC_KEY.certificate())).hasSize(KeyIdentifier.LENGTH);
    }
}
