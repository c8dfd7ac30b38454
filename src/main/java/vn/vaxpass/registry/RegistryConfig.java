package vn.vaxpass.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.registry.*}: which population registry matching reads, and how to reach the remote one. */
@ConfigMapping(prefix = "vaxpass.registry")
public interface RegistryConfig {

    @WithDefault("mirror")
    RegistrySource source();

    Http http();

    /** The registry service ({@code vaxpass.registry.http.*}), for source {@code http}; docs/registry-service.md. */
    interface Http {

        /** Where the service's {@code /v1/...} paths start, e.g. {@code https://registry.example.vn/api}. */
        Optional<URI> baseUrl();

        /** The longest wait for a TCP connection to open. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** The longest wait for the answer's next bytes once the request is sent (the service never answering). */
        @WithDefault("10s")
        Duration readTimeout();

        /** Further attempts after a connection error, a timeout, a 429 or a 5xx; 0 for none. Never after another 4xx. */
        @WithDefault("3")
        int retries();

        /** The wait before the first retry; it doubles for each further one, up to {@link #maxBackoff()}, randomised. */
        @WithDefault("200ms")
        Duration backoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }
}
