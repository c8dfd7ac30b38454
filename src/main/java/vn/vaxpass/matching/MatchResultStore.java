package vn.vaxpass.matching;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.subject.StoredSubject;
/**
 * Writes a chunk's results into {@code match_result} in one statement: the rows as parallel arrays through
 * {@code UNNEST}, all with the run's {@code matched_at} and {@code job_id}. A chunk written twice for the same job
 * keeps its first results ({@code ON CONFLICT (job_id, subject_id) DO NOTHING}, migration V3).
 */
@ApplicationScoped
public class MatchResultStore {

    // Ids from match_result_seq one per row: its values step by 50, Hibernate's pooled blocks lie between them.
    static final String INSERT = "INSERT INTO match_result (id, subject_id, subject_version, status, mismatched_fields,"
            + " suggested_id_number, confidence, matched_at, job_id)"
            + " SELECT nextval('match_result_seq'), r.subject_id, r.subject_version, r.status, r.mismatched_fields,"
            + " r.suggested_id_number, r.confidence::numeric(4, 3), $7, $8"
            + " FROM UNNEST($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[])"
            + " AS r(subject_id, subject_version, status, mismatched_fields, suggested_id_number, confidence)"
            + " ON CONFLICT (job_id, subject_id) DO NOTHING";

    private final Pool pool;

    @Inject
    public MatchResultStore(Pool pool) {
        this.pool = pool;
    }

    /** @return how many results were written (fewer than given when the job had some already) */
    public Uni<Integer> write(List<StoredSubject> subjects, List<MatchOutcome> outcomes, MatchRun run) {
        if (subjects.size() != outcomes.size()) {
            throw new IllegalArgumentException("One outcome per subject: " + subjects.size() + " subjects, " + outcomes.size() + " outcomes");
        }
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int n = subjects.size();
        String[] ids = new String[n];
        Integer[] versions = new Integer[n];
        String[] statuses = new String[n];
        String[] fields = new String[n];
        String[] suggested = new String[n];
        Double[] confidences = new Double[n];
        for (int i = 0; i < n; i++) {
            MatchOutcome outcome = outcomes.get(i);
            ids[i] = subjects.get(i).data().subjectId();
            versions[i] = subjects.get(i).version();
            statuses[i] = outcome.status().name();
            String mismatched = outcome.mismatchedFieldsText();
            fields[i] = mismatched.isEmpty() ? null : mismatched;
            suggested[i] = outcome.suggestedIdNumber();
            confidences[i] = outcome.confidence();
        }
        Tuple row = Tuple.tuple().addArrayOfString(ids).addArrayOfInteger(versions).addArrayOfString(statuses)
                .addArrayOfString(fields).addArrayOfString(suggested).addArrayOfDouble(confidences)
                .addOffsetDateTime(run.matchedAt().atOffset(ZoneOffset.UTC)).addUUID(run.jobId());
        return pool.preparedQuery(INSERT).execute(row).map(result -> result.rowCount());
    }
}
