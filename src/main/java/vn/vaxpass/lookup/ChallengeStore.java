package vn.vaxpass.lookup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One-time-code challenges in PostgreSQL ({@code lookup_challenge}). A try is judged and counted in one statement,
 * so concurrent tries cannot exceed {@link OneTimeCode#MAX_TRIES} nor use a code twice.
 */
@ApplicationScoped
public class ChallengeStore {

    static final String INSERT = "INSERT INTO lookup_challenge (id, subject_ids, code_hash, created_at, expires_at)"
            + " VALUES ($1, $2, $3, $4, $5)";

    // A challenge that matched nobody accepts no code, not even its own (which was never sent).
    static final String TRY = "UPDATE lookup_challenge SET"
            + " used_at = CASE WHEN code_hash = $2 AND cardinality(subject_ids) > 0 THEN $3 END,"
            + " failed_tries = failed_tries + CASE WHEN code_hash = $2 AND cardinality(subject_ids) > 0 THEN 0 ELSE 1 END"
            + " WHERE id = $1 AND used_at IS NULL AND expires_at > $3 AND failed_tries < $4"
            + " RETURNING used_at IS NOT NULL, subject_ids, failed_tries";

    static final String PURGE = "DELETE FROM lookup_challenge WHERE expires_at < $1";

    static final String STATE = "SELECT used_at IS NOT NULL, expires_at <= $2, failed_tries >= $3"
            + " FROM lookup_challenge WHERE id = $1";

    private final Pool pool;
    private final LookupKeys keys;

    @Inject
    public ChallengeStore(Pool pool, LookupKeys keys) {
        this.pool = pool;
        this.keys = keys;
    }

    /** Stores a new challenge for the code (hashed) and the subjects it will show; empty when nobody matched. */
    public Uni<Void> create(UUID id, String code, List<String> subjectIds, Instant now) {
        Tuple row = Tuple.tuple().addUUID(id).addArrayOfString(subjectIds.toArray(String[]::new))
                .addBuffer(Buffer.buffer(keys.codeHash(id, code))).addOffsetDateTime(now.atOffset(ZoneOffset.UTC))
                .addOffsetDateTime(now.plus(OneTimeCode.LIFETIME).atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(INSERT).execute(row).replaceWithVoid();
    }

    /** Judges one try of a code, counting it when wrong. */
    public Uni<ChallengeAnswer> answer(UUID id, String code, Instant now) {
        Tuple row = Tuple.tuple().addUUID(id).addBuffer(Buffer.buffer(keys.codeHash(id, code)))
                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)).addInteger(OneTimeCode.MAX_TRIES);
        return pool.preparedQuery(TRY).execute(row).chain(rows -> {
            if (rows.size() == 0) {
                return whyNot(id, now);
            }
            Row tried = rows.iterator().next();
            if (tried.getBoolean(0)) {
                return Uni.createFrom().item(ChallengeAnswer.accepted(List.of(tried.getArrayOfStrings(1))));
            }
            return Uni.createFrom().item(ChallengeAnswer.incorrect(OneTimeCode.MAX_TRIES - tried.getInteger(2)));
        });
    }

    private Uni<ChallengeAnswer> whyNot(UUID id, Instant now) {
        return pool.preparedQuery(STATE).execute(Tuple.of(id, now.atOffset(ZoneOffset.UTC), OneTimeCode.MAX_TRIES))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return ChallengeAnswer.of(ChallengeAnswer.Outcome.UNKNOWN);
                    }
                    Row state = rows.iterator().next();
                    if (state.getBoolean(0)) {
                        return ChallengeAnswer.of(ChallengeAnswer.Outcome.ALREADY_USED);
                    }
                    if (state.getBoolean(2)) {
                        return ChallengeAnswer.of(ChallengeAnswer.Outcome.TRIES_EXHAUSTED);
                    }
                    return ChallengeAnswer.of(ChallengeAnswer.Outcome.EXPIRED);
                });
    }

    /** Deletes the challenges that expired before the cutoff, and says how many. */
    public Uni<Integer> deleteExpiredBefore(Instant cutoff) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC))).map(SqlResult::rowCount);
    }
}
