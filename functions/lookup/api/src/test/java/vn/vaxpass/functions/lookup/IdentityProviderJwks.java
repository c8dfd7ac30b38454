package vn.vaxpass.functions.lookup;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.vaxpass.testing.TestTokens;

/**
 * The function as AWS configures it (terraform/lambda.tf): tokens checked against the identity provider's key set
 * over HTTP ({@link JwksServer}), with its issuer and the audiences the gateway accepts. Only the properties Terraform
 * sets differ from the other tests'; everything else is what every function ships.
 */
public class IdentityProviderJwks implements QuarkusTestProfile {

    /** The audience the profile checks, as MP_JWT_VERIFY_AUDIENCES does from Terraform's jwt_audience. */
    static final String AUDIENCE = TestTokens.AUDIENCE;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.issuer", TestTokens.ISSUER, "mp.jwt.verify.audiences", AUDIENCE);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwksServer.class));
    }
}
