package vn.vaxpass.lookup;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.lookup.*}: the key of the lookup's keyed hashes, the throttle limits, the citizen session. */
@ConfigMapping(prefix = "vaxpass.lookup")
public interface LookupSettings {

    /**
     * Base64 of at least 32 random bytes: the HMAC key of stored code hashes and throttle keys. Every instance that
     * answers codes must share it (Lambda: {@code VAXPASS_LOOKUP_HASH_KEY}). Without it a process draws its own at
     * start, which suits one process only (codes then die with it).
     */
    Optional<String> hashKey();

    /** Every lookup call from one client address (its IP as the API gateway or the socket saw it). */
    @WithDefault("60")
    int clientLimit();

    @WithDefault("10m")
    Duration clientWindow();

    /** Codes requested for one phone number. */
    @WithDefault("5")
    int phoneLimit();

    @WithDefault("1h")
    Duration phoneWindow();

    /** Lookups of one ID number. */
    @WithDefault("10")
    int idNumberLimit();

    @WithDefault("1h")
    Duration idNumberWindow();

    /**
     * How long a challenge is kept after it expired (it links a request to the subjects it named): then the
     * retention job deletes it. Long enough to answer a citizen's complaint about a code that day.
     */
    @WithDefault("1d")
    Duration challengeRetention();

    /** The citizen session a successful lookup grants, for fetching the certificate from the sign function. */
    Session session();

    /** {@code vaxpass.lookup.session.*}: the citizen session a lookup grants (vn.vaxpass.http.security.CitizenSessionTokens). */
    interface Session {

        @WithDefault("10m")
        Duration lifetime();
    }
}
