package vn.vaxpass.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How every AWS client of the functions is built: on the JDK's URLConnection HTTP client (no Apache or Netty
 * client on the class path: light to start in a Lambda and to build natively), with short timeouts, since a KMS
 * or Secrets Manager call takes milliseconds in-region and a function should fail fast rather than hang.
 */
public final class AwsClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

    private AwsClients() {
    }

    /**
     * @param region e.g. {@code ap-southeast-1}
     * @param endpointOverride a VPC endpoint, or a local stand-in speaking the service's protocol in tests
     * @param credentials the default chain in AWS (the function's role)
     */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String region,
            Optional<URI> endpointOverride, AwsCredentialsProvider credentials) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
