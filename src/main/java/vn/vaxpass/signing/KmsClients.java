package vn.vaxpass.signing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/**
 * KMS clients on the JDK's URLConnection HTTP client: no Apache or Netty client on the class path, light to
 * start in a Lambda and to build natively. Credentials come from the default chain (the function's role).
 */
public final class KmsClients {

    // A Sign or GetPublicKey call takes milliseconds in-region; fail fast rather than hold a Lambda.
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

    private KmsClients() {
    }

    /**
     * @param region e.g. {@code ap-southeast-1}
     * @param endpointOverride a VPC endpoint, or a local KMS-compatible endpoint in tests
     */
    public static KmsClient create(String region, Optional<URI> endpointOverride) {
        return create(region, endpointOverride, DefaultCredentialsProvider.create());
    }

    static KmsClient create(String region, Optional<URI> endpointOverride, AwsCredentialsProvider credentials) {
        KmsClientBuilder builder = KmsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
