package vn.vaxpass.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code vaxpass.registry.http.*} for tests that build the client themselves: the defaults, short waits. */
record RegistryHttpSettings(Optional<URI> baseUrl, Duration connectTimeout, Duration readTimeout, int retries,
        Duration backoff, Duration maxBackoff) implements RegistryConfig.Http {

    static RegistryHttpSettings of(URI baseUrl) {
        return new RegistryHttpSettings(Optional.of(baseUrl), Duration.ofSeconds(2), Duration.ofSeconds(10), 3,
                Duration.ofMillis(10), Duration.ofMillis(50));
    }

    RegistryHttpSettings withRetries(int count) {
        return new RegistryHttpSettings(baseUrl, connectTimeout, readTimeout, count, backoff, maxBackoff);
    }

    RegistryHttpSettings withReadTimeout(Duration timeout) {
        return new RegistryHttpSettings(baseUrl, connectTimeout, timeout, retries, backoff, maxBackoff);
    }
}
