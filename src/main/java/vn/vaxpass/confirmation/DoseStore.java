package vn.vaxpass.confirmation;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads doses with their newest confirmation's hash, the same way wherever they are needed (confirming a day,
 * checking a subject's eligibility): the columns to select from {@code dose d}, and the row they give.
 */
public final class DoseStore {

    /** Columns 0–10: the dose's id, its content, and its newest confirmation's hash (null when never confirmed). */
    public static final String COLUMNS = "d.id, d.subject_id, d.dose_number, d.total_doses, d.vaccinated_on, d.product,"
            + " d.manufacturer, d.prophylaxis, d.lot, d.facility_code,"
            + " (SELECT c.content_hash FROM dose_confirmation c WHERE c.dose_id = d.id"
            + " ORDER BY c.confirmed_at DESC, c.id DESC LIMIT 1) AS confirmed_hash";

    // $1 the duplicates, $2 the subjects kept, pairwise. A pair clashes when both hold a dose of the same number
    // (UNIQUE (subject_id, dose_number)): which of the two is right is the station's to say, not the merge's.
    private static final String CLASHES = """
            SELECT m.duplicate FROM UNNEST($1::text[], $2::text[]) AS m(duplicate, kept)
             WHERE EXISTS (SELECT 1 FROM dose moved JOIN dose held ON held.dose_number = moved.dose_number
                            WHERE moved.subject_id = m.duplicate AND held.subject_id = m.kept)""";
    private static final String MOVE = """
            UPDATE dose d SET subject_id = m.kept
              FROM UNNEST($1::text[], $2::text[]) AS m(duplicate, kept)
             WHERE d.subject_id = m.duplicate
            RETURNING m.duplicate""";

    /** The doses of a duplicate subject, to move to the subject kept. */
    public record Move(String duplicateSubjectId, String keptSubjectId) {
    }

    private DoseStore() {
    }

    public static RecordedDose read(Row row) {
        DoseContent content = new DoseContent(row.getString(1), row.getInteger(2), row.getInteger(3),
                row.getLocalDate(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9));
        var confirmed = row.getBuffer(10);
        return new RecordedDose(row.getLong(0), content, confirmed == null ? null : confirmed.getBytes());
    }

    /** Of these moves, the duplicates holding a dose number their kept subject holds too: they cannot move. */
    public static Uni<List<String>> clashes(SqlConnection connection, List<Move> moves) {
        if (moves.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection.preparedQuery(CLASHES).execute(pairs(moves)).map(rows -> {
            List<String> clashing = new ArrayList<>(rows.size());
            rows.forEach(row -> clashing.add(row.getString(0)));
            return clashing;
        });
    }

    /**
     * Moves every dose of each duplicate to its kept subject, in the caller's transaction (call {@link #clashes} first:
     * a clash fails the statement). A moved dose's content names its new subject, so its facility's confirmation no
     * longer matches it ({@link DoseContent}): the facility confirms it again before a certificate carries it, and the
     * certificates served from it for the duplicate are revoked (the dose is no longer their subject's).
     *
     * @return how many doses moved
     */
    public static Uni<Integer> move(SqlConnection connection, List<Move> moves) {
        if (moves.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery(MOVE).execute(pairs(moves)).map(rows -> rows.rowCount());
    }

    private static Tuple pairs(List<Move> moves) {
        return Tuple.of(moves.stream().map(Move::duplicateSubjectId).toArray(String[]::new),
                moves.stream().map(Move::keptSubjectId).toArray(String[]::new));
    }
}
