package vn.vaxpass.testing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The stand-in checks SigV4 for real, so a test passing against it proves the SDK client signed its requests. */
class AwsTestServerRefusesRequestsNotSignedForIt {

    private AwsTestServer aws;
    private String arn;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer();
        arn = aws.putSecret("vaxpass/db", "s3cret");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aRequestSignedWithItsCredentialsIsAnswered() {
        try (SecretsManagerClient client = client(aws.credentials().resolveCredentials().secretAccessKey(), AwsTestServer.REGION)) {
            assertThat(client.getSecretValue(r -> r.secretId(arn)).secretString()).isEqualTo("s3cret");
        }
    }

    @Test
    void aSignatureMadeWithAnotherSecretKeyIsRefused() {
        try (SecretsManagerClient client = client("not-the-secret-key", AwsTestServer.REGION)) {
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(arn)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("InvalidSignatureException"));
        }
    }

    @Test
    void aSignatureScopedToAnotherRegionIsRefused() {
        try (SecretsManagerClient client = client(aws.credentials().resolveCredentials().secretAccessKey(), "eu-west-1")) {
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(arn)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.getMessage())
                            .contains("region " + AwsTestServer.REGION));
        }
    }

    private SecretsManagerClient client(String secretAccessKey, String region) {
        String accessKeyId = aws.credentials().resolveCredentials().accessKeyId();
        return SecretsManagerClient.builder()
                .endpointOverride(aws.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .build();
    }
}
