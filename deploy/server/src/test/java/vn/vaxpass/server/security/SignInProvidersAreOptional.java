package vn.vaxpass.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A server configured with no identity provider (the default: serve's development sign-in) starts; one given without
 * a scope asks for openid. Read through SmallRye Config itself, since the tests' profile always configures both
 * providers and so never saw {@code serve} fail at start when a default inside the optional group made it present.
 */
class SignInProvidersAreOptional {

    @Test
    void noProviderConfiguredMeansNone() {
        SignInProviders providers = mapping(Map.of());

        assertThat(providers.staff()).isEmpty();
        assertThat(providers.citizen()).isEmpty();
    }

    @Test
    void aProviderWithoutAScopeAsksForOpenid() {
        SignInProviders providers = mapping(Map.of(
                "vaxpass.sign-in.staff.name", "Cổng định danh",
                "vaxpass.sign-in.staff.authorization-endpoint", "https://id.example/authorize",
                "vaxpass.sign-in.staff.token-endpoint", "https://id.example/token",
                "vaxpass.sign-in.staff.client-id", "vaxpass-console"));

        assertThat(providers.citizen()).isEmpty();
        assertThat(providers.staff()).hasValueSatisfying(staff -> assertThat(
                SignInSettingsResource.Provider.of(staff).scope()).isEqualTo(SignInProviders.DEFAULT_SCOPE));
    }

    private static SignInProviders mapping(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SignInProviders.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(SignInProviders.class);
    }
}
