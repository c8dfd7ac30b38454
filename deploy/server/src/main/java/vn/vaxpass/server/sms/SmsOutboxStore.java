package vn.vaxpass.server.sms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.sms.Sms;

/** {@code serve}'s outbox ({@code sms_outbox}): the texts it would have sent, newest first, kept a day. */
@ApplicationScoped
public class SmsOutboxStore {

    /** A text as the outbox keeps it. */
    public record Kept(Sms sms, Instant createdAt) {
    }

    static final String INSERT = "INSERT INTO sms_outbox (message_id, phone, body, created_at) VALUES ($1, $2, $3, $4)"
            + " ON CONFLICT (message_id) DO NOTHING";
    static final String NEWEST = "SELECT message_id, phone, body, created_at FROM sms_outbox"
            + " WHERE $1::text IS NULL OR phone = $1 ORDER BY created_at DESC LIMIT $2";
    static final String ONE = "SELECT message_id, phone, body, created_at FROM sms_outbox WHERE message_id = $1";
    static final String PURGE = "DELETE FROM sms_outbox WHERE created_at < $1";

    private final Pool pool;

    @Inject
    public SmsOutboxStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> keep(Sms sms, Instant now) {
        return pool.preparedQuery(INSERT).execute(Tuple.of(sms.id(), sms.phone(), sms.body(),
                now.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** The newest texts, to one phone (E.164) or to any when {@code phone} is null. */
    public Uni<List<Kept>> newest(String phone, int limit) {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(phone, limit)).map(rows -> {
            List<Kept> kept = new ArrayList<>();
            rows.forEach(row -> kept.add(kept(row)));
            return kept;
        });
    }

    /** The text of one message id, if it was sent. */
    public Uni<Kept> find(UUID messageId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(messageId))
                .map(rows -> rows.rowCount() == 0 ? null : kept(rows.iterator().next()));
    }

    public Uni<Integer> deleteBefore(Instant cutoff) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount());
    }

    private static Kept kept(Row row) {
        return new Kept(new Sms(row.getUUID(0), row.getString(1), row.getString(2)),
                row.getOffsetDateTime(3).toInstant());
    }
}
