package vn.vaxpass.functions.verify;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.revocations.*}: where the verify function reads the published revocation list, and how often. */
@ConfigMapping(prefix = "vaxpass.revocations")
public interface RevocationListConfig {

    /**
     * The deployment's public revocation list ({@code GET /v1/revocations}): an absolute URL, or a path that this
     * same server serves (the one-process server). Unset: no list, and every valid result says it was not checked.
     */
    Optional<String> url();

    /** How long a fetched list is used before it is fetched again. */
    @WithDefault("5m")
    Duration refresh();

    /** After a failed fetch, how long until the next try (at most {@link #refresh()}). */
    @WithDefault("30s")
    Duration retry();

    @WithDefault("2s")
    Duration connectTimeout();

    /** The whole request, headers and body; a verification waits at most this long for a list. */
    @WithDefault("5s")
    Duration timeout();
}
