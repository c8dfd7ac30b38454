package vn.vaxpass.subject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one home of {@code subject_death}: subjects known to have died, recorded when a commune's confirmed DECEASED
 * outcome is applied. Certificates read it ({@link #TABLE} joined on the subject) and refuse such a subject from
 * then on; the subject's record and doses stay.
 */
public final class SubjectDeaths {

    /** The table under the alias {@code death}, to join on {@code death.subject_id}. */
    public static final String TABLE = "subject_death death";
    /** When the death was recorded: null when it was not. */
    public static final String RECORDED_AT = "death.recorded_at";

    private static final String INSERT = """
            INSERT INTO subject_death (subject_id, recorded_at, list_id, item_id)
            SELECT * FROM UNNEST($1::text[], $2::timestamptz[], $3::uuid[], $4::bigint[])
            ON CONFLICT (subject_id) DO NOTHING""";

    /** A death to record: the subject, and the clean-up list and item whose outcome said so. */
    public record Death(String subjectId, UUID listId, long itemId) {
    }

    private SubjectDeaths() {
    }

    /** Records these deaths in the caller's transaction; one recorded already is kept as it was. */
    public static Uni<Void> record(SqlConnection connection, List<Death> deaths, Instant at) {
        if (deaths.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return connection.preparedQuery(INSERT).execute(Tuple.of(
                deaths.stream().map(Death::subjectId).toArray(String[]::new),
                deaths.stream().map(death -> when).toArray(OffsetDateTime[]::new),
                deaths.stream().map(Death::listId).toArray(UUID[]::new),
                deaths.stream().map(Death::itemId).toArray(Long[]::new))).replaceWithVoid();
    }
}
