package vn.vaxpass.testing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/** The stand-in's signatures are what KMS returns: DER ECDSA and RSASSA-PSS, of a digest or of raw bytes. */
class AwsTestServerSignsAsKmsDoes {

    private static final byte[] MESSAGE = "to be signed".getBytes(StandardCharsets.UTF_8);

    private final KmsTestKey ecKey = KmsTestKey.eccNistP256();
    private final KmsTestKey rsaKey = KmsTestKey.rsa2048();
    private AwsTestServer aws;
    private KmsClient kms;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer().add(ecKey).add(rsaKey);
        kms = KmsClient.builder().endpointOverride(aws.endpoint()).region(Region.of(AwsTestServer.REGION))
                .credentialsProvider(aws.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @AfterEach
    void stop() {
        kms.close();
        aws.close();
    }

    @Test
    void ecdsaOfRawBytesAndOfTheirDigestBothVerifyAsSha256WithEcdsa() throws Exception {
        byte[] ofRaw = sign(ecKey, SigningAlgorithmSpec.ECDSA_SHA_256, MessageType.RAW, MESSAGE);
        byte[] ofDigest = sign(ecKey, SigningAlgorithmSpec.ECDSA_SHA_256, MessageType.DIGEST,
                MessageDigest.getInstance("SHA-256").digest(MESSAGE));

        for (byte[] der : new byte[][] {ofRaw, ofDigest}) {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(ecKey.publicKey());
            ecdsa.update(MESSAGE);
            assertThat(ecdsa.verify(der)).isTrue();
        }
    }

    @Test
    void rsassaPssUsesSha256Mgf1AndA32ByteSalt() throws Exception {
        byte[] signature = sign(rsaKey, SigningAlgorithmSpec.RSASSA_PSS_SHA_256, MessageType.RAW, MESSAGE);

        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initVerify(rsaKey.publicKey());
        pss.update(MESSAGE);
        assertThat(pss.verify(signature)).isTrue();
    }

    @Test
    void thePublicKeyIsTheDerSubjectPublicKeyInfo() {
        byte[] spki = kms.getPublicKey(r -> r.keyId(ecKey.keyId())).publicKey().asByteArray();

        assertThat(spki).isEqualTo(ecKey.publicKey().getEncoded());
        assertThat(aws.calls(AwsTestServer.KMS_GET_PUBLIC_KEY)).isEqualTo(1);
    }

    private byte[] sign(KmsTestKey key, SigningAlgorithmSpec algorithm, MessageType type, byte[] message) {
        return kms.sign(r -> r.keyId(key.keyId()).signingAlgorithm(algorithm).messageType(type)
                .message(SdkBytes.fromByteArray(message))).signature().asByteArray();
    }
}
