package vn.vaxpass.correction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.access.ProvincesToday;
import vn.vaxpass.access.Reach;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * How the clean-up is going, per commune of a scope (the nation, a province, a commune): subjects by the status of
 * their latest check, items by state, and corrections applied per day. The Ministry reads any scope, a province its
 * own (as it is today: with the old provinces merged into it) and its communes, a commune's station and police their
 * commune.
 */
@ApplicationScoped
public class ProgressReport {

    /** Neither a province nor a commune the caller covers (nor, for the nation, the Ministry). */
    public static final String OUTSIDE_SCOPE = "OUTSIDE_SCOPE";

    // $1: the codes records may carry for the province (its old provinces merged into it), or null; $2: the codes
    // records may carry for the commune (its old communes merged into it), or null. A null bound matches everything.
    private static final String SCOPE = "($1::text[] IS NULL OR %1$s.province_code = ANY($1))"
            + " AND ($2::text[] IS NULL OR %1$s.commune_code = ANY($2))";

    // Subjects by check status come from check_status_count, kept by triggers on every write that moves a subject's
    // status (migration V16): a sum over a few rows per commune instead of finding the latest check of each of a
    // province's million subjects on every call (2-4 s; docs/performance.md, correction workflow). Rows left at 0 by
    // subjects who moved on are skipped, as a fresh count has no such group. One statement per kind of scope, without
    // "$1 IS NULL OR": the client caches prepared statements and PostgreSQL plans them generically after five runs.
    private static final String KEPT_COUNTS = """
            SELECT commune_code, check_status, sum(subjects)::bigint FROM check_status_count
             WHERE %s AND subjects > 0 GROUP BY 1, 2""";
    private static final String SUBJECTS_OF_NATION = KEPT_COUNTS.formatted("true");
    // $1: the codes records may carry for the province (ProvincesToday.recordCodesOf).
    private static final String SUBJECTS_OF_PROVINCE = KEPT_COUNTS.formatted("province_code = ANY($1)");
    // $1: the codes records may carry for the commune; $2: the codes records may carry for its province, or null.
    private static final String SUBJECTS_OF_COMMUNE = KEPT_COUNTS.formatted(
            "commune_code = ANY($1) AND ($2::text[] IS NULL OR province_code = ANY($2))");
    private static final String ITEMS = """
            SELECT l.commune_code, i.state, count(*) FROM correction_item i JOIN correction_list l ON l.id = i.list_id
             WHERE %s GROUP BY 1, 2""".formatted(SCOPE.formatted("l"));
    private static final String PER_DAY = """
            SELECT (a.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)
              FROM correction_audit a JOIN vaccination_subject s ON s.subject_id = a.subject_id
             WHERE %s GROUP BY 1 ORDER BY 1""".formatted(SCOPE.formatted("s"));

    /** The report: per commune, counts by check status and by item state; corrections per day (Vietnam's days). */
    @RegisterForReflection
    public record Report(String provinceCode, String communeCode, Map<String, Commune> communes,
            List<Day> correctionsPerDay) {
    }

    @RegisterForReflection
    public record Commune(Map<String, Long> subjectsByCheck, Map<String, Long> itemsByState) {
    }

    @RegisterForReflection
    public record Day(LocalDate day, long corrections) {
    }

    private final Pool pool;
    private final CommuneStore communeStore;

    @Inject
    public ProgressReport(Pool pool, CommuneStore communeStore) {
        this.pool = pool;
        this.communeStore = communeStore;
    }

    /**
     * @param provinceCode null for the nation
     * @param communeCode  null for a whole province (or the nation)
     */
    public Uni<Report> of(Reach reach, String provinceCode, String communeCode) {
        boolean allowed = communeCode != null ? reach.reachesCommune(communeCode, provinceCode)
                : provinceCode != null ? reach.reachesProvince(provinceCode) : reach.reachesProvince(null);
        if (!allowed) {
            throw new CorrectionProblem(CorrectionProblem.Kind.FORBIDDEN, OUTSIDE_SCOPE, "Báo cáo này ngoài phạm vi của"
                    + " bạn. / This report is outside your jurisdiction.", null, List.of());
        }
        String[] recordCodes = provinceCode == null ? null
                : ProvincesToday.recordCodesOf(provinceCode).toArray(String[]::new);
        Map<String, Commune> communes = new TreeMap<>();
        // Records keep the commune codes they were entered with; the report counts them under today's commune.
        return communeStore.successors().chain(successors -> {
            if (communeCode != null && successors.containsKey(communeCode)) {
                // An old code is no unit any more: its records are counted under the commune it was merged into.
                String today = successors.get(communeCode);
                throw CorrectionProblem.badRequest(ListCreation.COMMUNE_MERGED, "Xã " + communeCode + " đã sáp nhập vào"
                        + " xã " + today + "; hãy xem báo cáo của xã đó. / Commune " + communeCode + " was merged into "
                        + today + "; ask for that commune's report.");
            }
            String[] communeCodes = communeCode == null ? null : Stream.concat(Stream.of(communeCode), successors
                    .entrySet().stream().filter(e -> e.getValue().equals(communeCode)).map(Map.Entry::getKey))
                    .toArray(String[]::new);
            return report(recordCodes, communeCodes, successors, provinceCode, communeCode, communes);
        });
    }

    private Uni<Report> report(String[] recordCodes, String[] communeCodes, Map<String, String> successors,
            String provinceCode, String communeCode, Map<String, Commune> communes) {
        Tuple scope = Tuple.of(recordCodes, communeCodes);
        return subjectsByCheck(recordCodes, communeCodes)
                .invoke(rows -> rows.forEach(row -> commune(communes, successors, row).subjectsByCheck()
                        .merge(row.getString(1), row.getLong(2), Long::sum)))
                .chain(() -> pool.preparedQuery(ITEMS).execute(scope))
                .invoke(rows -> rows.forEach(row -> commune(communes, successors, row).itemsByState()
                        .merge(row.getString(1), row.getLong(2), Long::sum)))
                .chain(() -> pool.preparedQuery(PER_DAY).execute(scope))
                .map(rows -> {
                    List<Day> days = new ArrayList<>();
                    rows.forEach(row -> days.add(new Day(row.getLocalDate(0), row.getLong(1))));
                    return new Report(provinceCode, communeCode, communes, days);
                });
    }

    private Uni<RowSet<Row>> subjectsByCheck(String[] provinceRecordCodes, String[] communeCodes) {
        if (communeCodes != null) {
            return pool.preparedQuery(SUBJECTS_OF_COMMUNE).execute(Tuple.of(communeCodes, provinceRecordCodes));
        }
        if (provinceRecordCodes != null) {
            return pool.preparedQuery(SUBJECTS_OF_PROVINCE).execute(Tuple.of((Object) provinceRecordCodes));
        }
        return pool.preparedQuery(SUBJECTS_OF_NATION).execute();
    }

    private static Commune commune(Map<String, Commune> communes, Map<String, String> successors, Row row) {
        String recorded = row.getString(0);
        return communes.computeIfAbsent(successors.getOrDefault(recorded, recorded),
                code -> new Commune(new TreeMap<>(), new TreeMap<>()));
    }
}
