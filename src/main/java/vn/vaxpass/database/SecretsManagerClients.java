package vn.vaxpass.database;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import vn.vaxpass.aws.AwsClients;

/**
 * Secrets Manager clients on the JDK's URLConnection HTTP client, as the KMS clients: light to start in a Lambda.
 * Credentials come from the default chain (the function's role).
 */
public final class SecretsManagerClients {

    private SecretsManagerClients() {
    }

    public static SecretsManagerClient create(String region, Optional<URI> endpointOverride) {
        return create(region, endpointOverride, DefaultCredentialsProvider.create());
    }

    static SecretsManagerClient create(String region, Optional<URI> endpointOverride, AwsCredentialsProvider credentials) {
        return AwsClients.build(SecretsManagerClient.builder(), region, endpointOverride, credentials);
    }

    /** The region of a Secrets Manager ARN ({@code arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME}). */
    static Optional<String> regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && "arn".equals(parts[0]) && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
    }
}
