package vn.vaxpass.lookup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Requests per client address, phone number and ID number, counted in PostgreSQL so that every function instance
 * sees the same counts. Fixed windows aligned to the epoch: one statement per request, whatever it counts (a lookup
 * counts its client and its phone or ID number together), atomic under concurrency; a caller can at most double a
 * limit across a window boundary. The table is unlogged (V9): counts are not worth a WAL write per lookup, and a
 * database crash only forgives the current windows.
 */
@ApplicationScoped
public class ThrottleStore {

    /** One value of a scope to count. */
    public record Hit(ThrottleScope scope, String value) {
    }

    // A count from an instance whose clock lags never moves a window back.
    private static final String UPSERT = " ON CONFLICT (scope, key_hash) DO UPDATE SET"
            + " hits = CASE WHEN EXCLUDED.window_start > lookup_throttle.window_start THEN 1"
            + " ELSE lookup_throttle.hits + 1 END,"
            + " window_start = GREATEST(lookup_throttle.window_start, EXCLUDED.window_start)"
            + " RETURNING scope, hits, window_start";
    static final String HIT = "INSERT INTO lookup_throttle (scope, key_hash, window_start, hits) VALUES ($1, $2, $3, 1)"
            + UPSERT;
    static final String TWO_HITS = "INSERT INTO lookup_throttle (scope, key_hash, window_start, hits)"
            + " VALUES ($1, $2, $3, 1), ($4, $5, $6, 1)" + UPSERT;

    private final Pool pool;
    private final LookupKeys keys;
    private final LookupSettings settings;

    @Inject
    public ThrottleStore(Pool pool, LookupKeys keys, LookupSettings settings) {
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
        return count(now, List.of(new Hit(scope, value)));
    }

    /**
     * Counts one request in each of these scopes (one or two, of different scopes), in one statement: every count
     * goes up, so a caller over one limit still uses up the other.
     *
     * @return a failed Uni with {@link LookupThrottledException} for the first of {@code hits} over its limit
     */
    public Uni<Void> count(Instant now, List<Hit> hits) {
        if (hits.isEmpty() || hits.size() > 2 || hits.stream().map(Hit::scope).distinct().count() != hits.size()) {
            throw new IllegalArgumentException("one or two hits of different scopes");
        }
        Tuple row = Tuple.tuple();
        for (Hit hit : hits) {
            row.addString(hit.scope().name()).addBuffer(Buffer.buffer(keys.throttleKey(hit.scope(), hit.value())))
                    .addOffsetDateTime(windowStart(now, window(hit.scope())).atOffset(ZoneOffset.UTC));
        }
        return pool.preparedQuery(hits.size() == 1 ? HIT : TWO_HITS).execute(row).map(rows -> {
            Map<ThrottleScope, Row> counted = new EnumMap<>(ThrottleScope.class);
            for (Row counts : rows) {
                counted.put(ThrottleScope.valueOf(counts.getString(0)), counts);
            }
            for (Hit hit : hits) {
                Row counts = counted.get(hit.scope());
                if (counts.getInteger(1) > limit(hit.scope())) {
                    Instant windowEnd = counts.getOffsetDateTime(2).toInstant().plus(window(hit.scope()));
                    throw new LookupThrottledException(hit.scope(), retryAfter(windowEnd, now));
                }
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
