package vn.vaxpass.correction;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.vaccination.CommuneStore;

/**
 * Lists a commune's residents whose registry check failed: every subject of the commune whose latest check is not
 * VERIFIED, was made for an older version of the subject (OUTDATED), or was never made (NOT_CHECKED), plus those with a
 * citizen's report waiting, each as an OPEN item (PROPOSED, with the citizen's values, for a report). A subject whose
 * item an applied list of this commune closed (deceased, moved away, not a resident, a duplicate) is not listed again,
 * nor one found dead or a duplicate anywhere. The commune is today's: its residents are the subjects recorded with its
 * code or with an old code merged into it ({@link CommuneStore#recordCodesOf}); a list for an old code is refused.
 * Subjects that another commune's applied list found MOVED_AWAY to this one are offered once, as OPEN items of source
 * MOVED_IN with that commune's note; applying such an item registers the subject here ({@link Applying}).
 *
 * <p>Set-based SQL in one transaction, not entities: a commune of thousands of residents is one INSERT … SELECT
 * instead of thousands of persists, and the one-unfinished-list index makes a second list of the same commune fail
 * as a whole.
 */
@ApplicationScoped
public class ListCreation {

    /** The commune already has a list that is not applied yet. */
    public static final String LIST_ALREADY_OPEN = "LIST_ALREADY_OPEN";
    /** The commune code is not in the commune list. */
    public static final String UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE";
    /** The commune code is an old one, merged into another commune since: lists are today's communes'. */
    public static final String COMMUNE_MERGED = "COMMUNE_MERGED";
    /** commune.commune_code's width: a longer code is no commune's. */
    static final int MAX_COMMUNE_CODE_LENGTH = 16;

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT_LIST = """
            INSERT INTO correction_list (id, commune_code, province_code, state, created_by, created_at, version)
            VALUES ($1, $2, $3, 'OPEN', $4, $5, 0)""";
    private static final String INSERT_ITEMS = """
            WITH latest AS (
                SELECT DISTINCT ON (r.subject_id) r.subject_id, r.subject_version, r.status, r.mismatched_fields,
                       r.suggested_id_number, r.confidence
                  FROM match_result r JOIN vaccination_subject s ON s.subject_id = r.subject_id
                 WHERE s.commune_code = ANY($3)
                 ORDER BY r.subject_id, r.matched_at DESC, r.id DESC),
            report AS (
                SELECT DISTINCT ON (subject_id) * FROM citizen_report
                 WHERE commune_code = ANY($3) AND state = 'RECEIVED' ORDER BY subject_id, reported_at)
            INSERT INTO correction_item (id, list_id, subject_id, subject_version, source, problem, mismatched_fields,
                   suggested_id_number, confidence, state, proposed_full_name, proposed_date_of_birth, proposed_gender,
                   proposed_id_number, note, proposed_by, version)
            SELECT nextval('correction_item_SEQ'), $1, s.subject_id, s.version,
                   CASE WHEN report.id IS NULL THEN 'REGISTRY_CHECK' ELSE 'CITIZEN_REPORT' END,
                   CASE WHEN latest.subject_id IS NULL THEN 'NOT_CHECKED'
                        WHEN latest.subject_version <> s.version THEN 'OUTDATED'
                        ELSE latest.status END,
                   latest.mismatched_fields, latest.suggested_id_number, latest.confidence,
                   CASE WHEN report.id IS NULL THEN 'OPEN' ELSE 'PROPOSED' END,
                   report.reported_full_name, report.reported_date_of_birth, report.reported_gender,
                   report.reported_id_number, report.note, CASE WHEN report.id IS NULL THEN NULL ELSE 'citizen' END, 0
              FROM vaccination_subject s
              LEFT JOIN latest ON latest.subject_id = s.subject_id
              LEFT JOIN report ON report.subject_id = s.subject_id
             WHERE s.commune_code = ANY($3)
               AND (latest.subject_id IS NULL OR latest.subject_version <> s.version OR latest.status <> 'VERIFIED'
                    OR report.id IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM correction_item closed JOIN correction_list here ON here.id = closed.list_id
                                WHERE closed.subject_id = s.subject_id AND closed.state = 'CLOSED'
                                  AND (here.commune_code = $2 OR closed.outcome IN ('DECEASED', 'DUPLICATE_OF')))""";
    // The subjects another commune closed as MOVED_AWAY to this one, each offered once (correction_item_offered_once),
    // with the latest check as any item has it and the other commune's note.
    private static final String INSERT_MOVED_IN = """
            INSERT INTO correction_item (id, list_id, subject_id, subject_version, source, problem, mismatched_fields,
                   suggested_id_number, confidence, state, note, moved_from_item, version)
            SELECT nextval('correction_item_SEQ'), $1, s.subject_id, s.version, 'MOVED_IN',
                   CASE WHEN latest.status IS NULL THEN 'NOT_CHECKED'
                        WHEN latest.subject_version <> s.version THEN 'OUTDATED' ELSE latest.status END,
                   latest.mismatched_fields, latest.suggested_id_number, latest.confidence, 'OPEN', moved.note,
                   moved.id, 0
              FROM correction_item moved
              JOIN vaccination_subject s ON s.subject_id = moved.subject_id
              LEFT JOIN LATERAL (SELECT r.status, r.subject_version, r.mismatched_fields, r.suggested_id_number,
                                        r.confidence
                                   FROM match_result r WHERE r.subject_id = s.subject_id
                                  ORDER BY r.matched_at DESC, r.id DESC LIMIT 1) latest ON true
             WHERE moved.moved_to_commune = $2 AND moved.state = 'CLOSED' AND moved.outcome = 'MOVED_AWAY'
               AND NOT EXISTS (SELECT 1 FROM correction_item offered WHERE offered.moved_from_item = moved.id)
               AND NOT EXISTS (SELECT 1 FROM correction_item listed
                                WHERE listed.list_id = $1 AND listed.subject_id = s.subject_id)""";
    private static final String LIST_REPORTS = """
            UPDATE citizen_report r SET state = 'LISTED', item_id = i.id, version = r.version + 1
              FROM correction_item i
             WHERE i.list_id = $1 AND i.source = 'CITIZEN_REPORT' AND r.subject_id = i.subject_id
               AND r.state = 'RECEIVED'""";

    private final Pool pool;
    private final CommuneStore communes;
    private final Clock clock;

    @Inject
    public ListCreation(Pool pool, CommuneStore communes, Clock clock) {
        this.pool = pool;
        this.communes = communes;
        this.clock = clock;
    }

    /**
     * A new list of the commune, made by its station.
     *
     * @return the new list's id
     * @throws CorrectionProblem 400 UNKNOWN_COMMUNE, 404 when the caller plays no part in the commune, 403 when it is
     *                           not its station, 409 LIST_ALREADY_OPEN
     */
    public Uni<UUID> create(Actor actor, String communeCode) {
        if (communeCode != null && communeCode.length() > MAX_COMMUNE_CODE_LENGTH) {
            // No commune has such a code (the column holds 16): neither looked up nor repeated back in the answer.
            return Uni.createFrom().failure(CorrectionProblem.badRequest(UNKNOWN_COMMUNE, "Mã xã quá dài: mã xã (GSO) có"
                    + " 5 chữ số. / The commune code is too long: a GSO commune code has five digits."));
        }
        return communes.standingOf(communeCode).chain(standing -> {
            if (standing.isEmpty()) {
                throw unknownCommune(communeCode);
            }
            if (standing.get().merged()) {
                throw CorrectionProblem.badRequest(COMMUNE_MERGED, "Xã " + communeCode + " đã sáp nhập vào xã "
                        + standing.get().currentCode() + "; hãy lập danh sách cho xã đó. / Commune " + communeCode
                        + " was merged into " + standing.get().currentCode() + "; make the list for that commune.");
            }
            String province = standing.get().provinceCode();
            actor.as(Action.CREATE_LIST, communeCode, province, "xã " + communeCode);
            return communes.recordCodesOf(communeCode).chain(codes -> insert(actor, communeCode, province, codes));
        });
    }

    private Uni<UUID> insert(Actor actor, String communeCode, String province, List<String> recordCodes) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Tuple items = Tuple.of(id, communeCode, recordCodes.toArray(String[]::new));
        return pool.withTransaction(connection -> connection.preparedQuery(INSERT_LIST)
                .execute(Tuple.of(id, communeCode, province, actor.account(), now))
                .chain(() -> connection.preparedQuery(INSERT_ITEMS).execute(items))
                .chain(() -> connection.preparedQuery(INSERT_MOVED_IN).execute(Tuple.of(id, communeCode)))
                .chain(() -> connection.preparedQuery(LIST_REPORTS).execute(Tuple.of(id))))
                .onFailure(ListCreation::isUniqueViolation).transform(failure -> CorrectionProblem.conflict(
                        LIST_ALREADY_OPEN, "Xã đã có một danh sách chưa cập nhật xong; hãy hoàn tất danh sách đó"
                                + " trước. / The commune has a list not yet applied; finish it first.", null))
                .replaceWith(id);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }

    private static CorrectionProblem unknownCommune(String shown) {
        return CorrectionProblem.badRequest(UNKNOWN_COMMUNE, "Mã xã " + shown + " không có trong danh mục. / Commune "
                + shown + " is not in the commune list.");
    }
}
