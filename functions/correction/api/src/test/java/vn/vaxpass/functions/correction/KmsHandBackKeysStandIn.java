package vn.vaxpass.functions.correction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;

/**
 * The function in hand-back mode kms against the AWS stand-in: two generations of hand-back key, the older first, as
 * Terraform configures them after one rotation. The SDK's default credentials chain reads the stand-in's credentials
 * from system properties, as a Lambda reads its role's from the environment.
 */
public class KmsHandBackKeysStandIn implements QuarkusTestResourceLifecycleManager {

    static final KmsTestKey OLDER = KmsTestKey.eccNistP256();
    static final KmsTestKey NEWER = KmsTestKey.eccNistP256();
    private AwsTestServer aws;

    @Override
    public Map<String, String> start() {
        try {
            aws = new AwsTestServer().add(OLDER).add(NEWER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        aws.sdkSystemProperties().forEach(System::setProperty);
        Map<String, String> config = new HashMap<>();
        config.put("vaxpass.correction.hand-back.mode", "kms");
        config.put("vaxpass.correction.hand-back.kms-key-ids", OLDER.keyId() + "," + NEWER.keyId());
        config.put("vaxpass.correction.hand-back.kms-region", AwsTestServer.REGION);
        config.put("vaxpass.correction.hand-back.kms-endpoint", aws.endpoint().toString());
        return config;
    }

    @Override
    public void stop() {
        if (aws != null) {
            aws.sdkSystemProperties().keySet().forEach(System::clearProperty);
            aws.close();
        }
    }
}
