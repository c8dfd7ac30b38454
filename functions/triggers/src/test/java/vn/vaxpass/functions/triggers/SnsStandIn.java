package vn.vaxpass.functions.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.vaxpass.testing.aws.AwsTestServer;

/**
 * Amazon SNS for the triggers under test: {@link AwsTestServer} speaking SNS's Query protocol, reached by the real SDK
 * client with signed requests (its credentials as the SDK's system properties, which the default chain reads first).
 */
public class SnsStandIn implements QuarkusTestResourceLifecycleManager {

    private static AwsTestServer server;

    static AwsTestServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new AwsTestServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.sdkSystemProperties().forEach(System::setProperty);
        return Map.of("vaxpass.sms.endpoint", server.endpoint().toString(), "vaxpass.sms.region", AwsTestServer.REGION);
    }

    @Override
    public void stop() {
        server.close();
    }
}
