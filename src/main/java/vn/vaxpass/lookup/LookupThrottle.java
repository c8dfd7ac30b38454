package vn.vaxpass.lookup;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Requests per client address, phone number and ID number, counted in PostgreSQL so that every function instance
 * sees the same counts. Fixed windows aligned to the epoch: one statement per count, atomic under concurrency; a
 * caller can at most double a limit across a window boundary.
 */
@ApplicationScoped
public class LookupThrottle {

    // A count from an instance whose clock lags never moves a window back.
    static final String HIT = "INSERT INTO lookup_throttle (scope, key_hash, window_start, hits) VALUES ($1, $2, $3, 1)"
            + " ON CONFLICT (scope, key_hash) DO UPDATE SET"
            + " hits = CASE WHEN EXCLUDED.window_start > lookup_throttle.window_start THEN 1"
            + " ELSE lookup_throttle.hits + 1 END,"
            + " window_start = GREATEST(lookup_throttle.window_start, EXCLUDED.window_start)"
            + " RETURNING hits, window_start";

    private final Pool pool;
    private final LookupKeys keys;
    private final LookupSettings settings;

    @Inject
    public LookupThrottle(Pool pool, LookupKeys keys, LookupSettings settings) {
        this.pool = pool;
        this.keys = keys;
        this.settings = settings;
    }

    /**
     * Counts one request of this value in its scope.
     *
     * @return a failed Uni with {@link LookupThrottledException} when the scope's limit is exceeded
     */
    public Uni<Void> count(ThrottleScope scope, String value, Instant now) {
        Duration window = window(scope);
        Instant windowStart = windowStart(now, window);
        Tuple row = Tuple.tuple().addString(scope.name()).addBuffer(Buffer.buffer(keys.throttleKey(scope, value)))
                .addOffsetDateTime(windowStart.atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(HIT).execute(row).map(rows -> {
            var counted = rows.iterator().next();
            int hits = counted.getInteger(0);
            if (hits > limit(scope)) {
                OffsetDateTime start = counted.getOffsetDateTime(1);
                throw new LookupThrottledException(scope, retryAfter(start.toInstant().plus(window), now));
            }
            return null;
        });
    }

    static Instant windowStart(Instant now, Duration window) {
        long windowMillis = window.toMillis();
        long millis = now.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, windowMillis));
    }

    /** Whole seconds until the window ends, at least one (HTTP Retry-After counts seconds). */
    static Duration retryAfter(Instant windowEnd, Instant now) {
        long millis = Math.max(0, Duration.between(now, windowEnd).toMillis());
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }

    private int limit(ThrottleScope scope) {
        return switch (scope) {
            case CLIENT -> settings.clientLimit();
            case PHONE -> settings.phoneLimit();
            case ID_NUMBER -> settings.idNumberLimit();
        };
    }

    private Duration window(ThrottleScope scope) {
        return switch (scope) {
            case CLIENT -> settings.clientWindow();
            case PHONE -> settings.phoneWindow();
            case ID_NUMBER -> settings.idNumberWindow();
        };
    }
}
