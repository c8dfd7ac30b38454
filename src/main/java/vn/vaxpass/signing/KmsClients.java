package vn.vaxpass.signing;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.kms.KmsClient;

import vn.vaxpass.aws.AwsClients;

/**
 * KMS clients on the JDK's URLConnection HTTP client: no Apache or Netty client on the class path, light to
 * start in a Lambda and to build natively. Credentials come from the default chain (the function's role).
 */
public final class KmsClients {

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
        return AwsClients.build(KmsClient.builder(), region, endpointOverride, credentials);
    }
}
