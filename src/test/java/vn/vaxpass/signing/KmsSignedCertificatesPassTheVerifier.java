package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.certificate.verify.VerificationResult;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;

/** A whole DCC signed through the SDK and the KMS stand-in, read back by the verifier that trusts the DSC. */
class KmsSignedCertificatesPassTheVerifier {

    private static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";

    private final KmsTestKey ecKey = KmsTestKey.eccNistP256();
    private final KmsTestKey rsaKey = KmsTestKey.rsa2048();
    private AwsTestServer aws;
    private KmsClient client;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer().add(ecKey).add(rsaKey);
        client = KmsTestClients.against(aws);
    }

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void anEs256Certificate() {
        assertVerifies(new KmsSigner(client, ecKey.keyId(), CoseAlgorithm.ES256, ecKey.certificate()));
    }

    @Test
    void aPs256Certificate() {
        assertVerifies(new KmsSigner(client, rsaKey.keyId(), CoseAlgorithm.PS256, rsaKey.certificate()));
    }

    @Test
    void notWhenTheVerifierTrustsAnotherKey() {
        KmsSigner signer = new KmsSigner(client, ecKey.keyId(), CoseAlgorithm.ES256, ecKey.certificate());
        IssuedCertificate certificate = new CertificateIssuer(signer).issue(aRecord().build(), UVCI, Instant.now());

        VerificationResult result = new CertificateVerifier(TrustList.of(ecKey.another().certificate()), Clock.systemUTC())
                .verify(certificate.hc1());

        assertThat(result.isValid()).isFalse();
    }

    private static void assertVerifies(KmsSigner signer) {
        IssuedCertificate certificate = new CertificateIssuer(signer).issue(aRecord().build(), UVCI, Instant.now());

        VerificationResult result = new CertificateVerifier(TrustList.of(signer.certificate()), Clock.systemUTC())
                .verify(certificate.hc1());

        assertThat(result.isValid()).as(result.message()).isTrue();
        assertThat(result.decodedCertificate()).isPresent();
    }
}
