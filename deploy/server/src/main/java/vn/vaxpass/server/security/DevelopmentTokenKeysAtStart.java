package vn.vaxpass.server.security;

import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure the development token keys exist before the first request is authenticated (the token verifier
 * reads its public key lazily, at the first bearer token). Does nothing when another key is configured.
 */
@ApplicationScoped
public class DevelopmentTokenKeysAtStart {

    @ConfigProperty(name = "vaxpass.tokens.development-keys")
    boolean developmentKeys;

    @ConfigProperty(name = "vaxpass.tokens.local-directory")
    Path directory;

    void onStart(@Observes @Priority(1) StartupEvent start) {
        if (developmentKeys) {
            DevelopmentTokenKeys.ensure(directory);
        }
    }
}
