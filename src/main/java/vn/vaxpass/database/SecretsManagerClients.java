package vn.vaxpass.database;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Secrets Manager clients on the JDK's URLConnection HTTP client, as the KMS clients: light to start in a Lambda.
 * Credentials come from the default chain (the function's role).
 */
public final class SecretsManagerClients {

    // A GetSecretValue takes milliseconds in-region; a cold start should fail fast rather than hang.
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

    private SecretsManagerClients() {
    }

    public static SecretsManagerClient create(String region, Optional<URI> endpointOverride) {
        return create(region, endpointOverride, DefaultCredentialsProvider.create());
    }

    static SecretsManagerClient create(String region, Optional<URI> endpointOverride, AwsCredentialsProvider credentials) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The region of a Secrets Manager ARN ({@code arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME}). */
    static Optional<String> regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && "arn".equals(parts[0]) && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
    }
}
