package vn.vaxpass.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Each account's daily share of registry checks ({@code vaxpass.registry.daily-quota}), counted per token subject
 * per UTC day in {@code registry_quota} (V11), so that every function instance sees the same count. One statement
 * takes the checks only if the day's total stays within the quota: atomic under concurrency, and a refused request
 * uses nothing up. Every feature that shows registry data for subjects a caller names (the single-subject check,
 * uploads matched in a job; later the correction workflow's edits and imports) takes from the same share.
 */
@ApplicationScoped
public class RegistryQuota {

    // A row that would go over the quota is left as it is and returns nothing; a first take over it inserts nothing.
    static final String TAKE = "INSERT INTO registry_quota AS quota (account, day, used) SELECT $1::varchar, $2::date, $3::integer"
            + " WHERE $3::integer <= $4::integer"
            + " ON CONFLICT (account, day) DO UPDATE SET used = quota.used + EXCLUDED.used"
            + " WHERE quota.used + EXCLUDED.used <= $4::integer RETURNING used";

    static final String GIVE_BACK = "UPDATE registry_quota SET used = GREATEST(used - $3::integer, 0)"
            + " WHERE account = $1 AND day = $2";

    private final Pool pool;
    private final RegistryQuotaSettings settings;
    private final Clock clock;

    @Inject
    public RegistryQuota(Pool pool, RegistryQuotaSettings settings, Clock clock) {
        this.pool = pool;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes {@code checks} registry checks from the account's share for today (UTC).
     *
     * @return a failed Uni with {@link RegistryQuotaExceededException} when they do not fit in what is left; then
     *         nothing is taken
     */
    public Uni<Void> take(String account, int checks) {
        if (checks < 1) {
            throw new IllegalArgumentException("checks must be positive: " + checks);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int quota = settings.dailyQuota();
        return pool.preparedQuery(TAKE).execute(Tuple.of(account, today, checks, quota)).map(rows -> {
            if (rows.size() == 0) {
                throw new RegistryQuotaExceededException(quota, checks, untilTomorrow(now, today));
            }
            return null;
        });
    }

    /**
     * Gives back checks taken today that showed nothing after all (an upload the import then refused). Never below
     * zero.
     */
    public Uni<Void> giveBack(String account, int checks) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return pool.preparedQuery(GIVE_BACK).execute(Tuple.of(account, today, checks)).replaceWithVoid();
    }

    /** Whole seconds until the next UTC midnight, at least one (HTTP Retry-After counts seconds). */
    static Duration untilTomorrow(Instant now, LocalDate today) {
        Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long millis = Math.max(0, Duration.between(now, midnight).toMillis());
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }
}
