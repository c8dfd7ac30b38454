package vn.vaxpass.subject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one home of {@code subject_merge}: subjects found to duplicate another, recorded when a commune's confirmed
 * DUPLICATE_OF outcome is applied. The duplicate's row stays (what was typed, its history) and its doses move to the
 * subject kept ({@code DoseStore.move}); it gets no certificate from then on, having no dose.
 */
public final class SubjectMerges {

    /** The table under the alias {@code merge}, to join on {@code merge.subject_id} (the duplicate). */
    public static final String TABLE = "subject_merge merge";

    private static final String INSERT = """
            INSERT INTO subject_merge (subject_id, kept_subject_id, merged_at, list_id, item_id)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::timestamptz[], $4::uuid[], $5::bigint[])
            ON CONFLICT (subject_id) DO NOTHING""";
    private static final String MERGED = "SELECT subject_id FROM subject_merge WHERE subject_id = ANY($1)";

    /** A merge to record: the duplicate, the subject kept, and the clean-up list and item whose outcome said so. */
    public record Merge(String duplicateSubjectId, String keptSubjectId, UUID listId, long itemId) {
    }

    private SubjectMerges() {
    }

    /** Records these merges in the caller's transaction; a duplicate merged already is kept as it was. */
    public static Uni<Void> record(SqlConnection connection, List<Merge> merges, Instant at) {
        if (merges.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return connection.preparedQuery(INSERT).execute(Tuple.of(
                merges.stream().map(Merge::duplicateSubjectId).toArray(String[]::new),
                merges.stream().map(Merge::keptSubjectId).toArray(String[]::new),
                merges.stream().map(merge -> when).toArray(OffsetDateTime[]::new),
                merges.stream().map(Merge::listId).toArray(UUID[]::new))
                .addArrayOfLong(merges.stream().map(Merge::itemId).toArray(Long[]::new))).replaceWithVoid();
    }

    /** Of these subjects, those merged into another already (closed). */
    public static Uni<List<String>> mergedAmong(SqlConnection connection, List<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection.preparedQuery(MERGED).execute(Tuple.of((Object) subjectIds.toArray(String[]::new)))
                .map(rows -> {
                    List<String> merged = new ArrayList<>(rows.size());
                    rows.forEach(row -> merged.add(row.getString(0)));
                    return merged;
                });
    }
}
