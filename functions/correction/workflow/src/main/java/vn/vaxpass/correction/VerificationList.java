package vn.vaxpass.correction;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.vaccination.CommuneStore;

/**
 * The station's verification list: per commune and period, the subjects whose personal data changed (by an applied
 * hand-back, a direct edit or an import) and their check as it is now: VERIFIED when the registry agrees, the
 * failing status otherwise, OUTDATED when the latest check was for an older version. A commune's subjects include
 * those recorded under an old code merged into it; a list asked for the old code is refused (COMMUNE_MERGED).
 */
@ApplicationScoped
public class VerificationList {

    private static final String CHANGED = """
            SELECT s.subject_id, s.full_name, s.date_of_birth, s.gender, s.id_number, s.version, changed.at,
                   changed.source,
                   CASE WHEN r.status IS NULL THEN 'NOT_CHECKED'
                        WHEN r.subject_version <> s.version THEN 'OUTDATED' ELSE r.status END
              FROM (SELECT DISTINCT ON (a.subject_id) a.subject_id, a.at, a.source
                      FROM correction_audit a JOIN vaccination_subject v ON v.subject_id = a.subject_id
                     -- The commune's records: under its code, or an old code merged into it.
                     WHERE v.commune_code = ANY(ARRAY(SELECT successor.old_code::text FROM commune_successor successor
                                                       WHERE successor.current_code = $1) || $1::text)
                       AND a.at >= $2 AND a.at < $3
                     ORDER BY a.subject_id, a.at DESC) changed
              JOIN vaccination_subject s ON s.subject_id = changed.subject_id
              LEFT JOIN LATERAL (SELECT m.status, m.subject_version FROM match_result m
                                  WHERE m.subject_id = s.subject_id ORDER BY m.matched_at DESC, m.id DESC LIMIT 1) r
                     ON true
             ORDER BY s.subject_id""";

    /** One changed subject: its data now, when and how it last changed, and its check now. */
    @RegisterForReflection
    public record Entry(String subjectId, String fullName, String dateOfBirth, String gender, String idNumber,
            int version, Instant changedAt, AuditSource source, String check) {
    }

    private final Pool pool;
    private final CommuneStore communes;

    @Inject
    public VerificationList(Pool pool, CommuneStore communes) {
        this.pool = pool;
        this.communes = communes;
    }

    public Uni<List<Entry>> of(Actor actor, String communeCode, Instant from, Instant until) {
        return communes.standingOf(communeCode).chain(standing -> {
            if (standing.isEmpty()) {
                throw CorrectionProblem.notFound("xã " + communeCode);
            }
            if (standing.get().merged()) {
                String today = standing.get().currentCode();
                throw CorrectionProblem.badRequest(ListCreation.COMMUNE_MERGED, "Xã " + communeCode + " đã sáp nhập vào"
                        + " xã " + today + "; hãy xem danh sách xác minh của xã đó. / Commune " + communeCode
                        + " was merged into " + today + "; ask for that commune's verification list.");
            }
            actor.as(Action.READ_VERIFICATION, communeCode, standing.get().provinceCode(), "xã " + communeCode);
            return pool.preparedQuery(CHANGED).execute(Tuple.of(communeCode,
                    OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(until, ZoneOffset.UTC)))
                    .map(rows -> {
                        List<Entry> entries = new ArrayList<>(rows.size());
                        for (Row row : rows) {
                            entries.add(new Entry(row.getString(0), row.getString(1), row.getString(2),
                                    row.getString(3), row.getString(4), row.getInteger(5),
                                    row.getOffsetDateTime(6).toInstant(), AuditSource.valueOf(row.getString(7)),
                                    row.getString(8)));
                        }
                        return entries;
                    });
        });
    }
}
