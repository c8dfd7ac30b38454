package vn.vaxpass.signing;

import java.util.Optional;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.testing.aws.AwsTestServer;

/** KMS clients made by the production factory, pointed at the stand-in with the credentials it accepts. */
public final class KmsTestClients {

    private KmsTestClients() {
    }

    public static KmsClient against(AwsTestServer aws) {
        return KmsClients.create(AwsTestServer.REGION, Optional.of(aws.endpoint()), aws.credentials());
    }
}
