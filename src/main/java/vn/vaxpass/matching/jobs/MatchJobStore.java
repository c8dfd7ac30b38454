package vn.vaxpass.matching.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.access.Area;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.subject.SubjectStore;

/**
 * The {@code match_job} and {@code match_job_chunk} tables (migrations V4, V10). Public only as a type, so that a processor
 * built elsewhere (the server's tests wrap the chunk processor) can pass it on; its methods stay in this package.
 */
@ApplicationScoped
public class MatchJobStore {

    private static final String INSERT_JOB = "INSERT INTO match_job (id, scope_level, scope_code, province_code,"
            + " commune_code, requested_by, submitted_at, chunk_count, subject_count) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0)";

    /**
     * A scope's subjects numbered in subject_id order, cut every $3 into key ranges; the subjects table and its area
     * column are the subjects store's.
     */
    private static final String INSERT_RANGES = """
            INSERT INTO match_job_chunk (job_id, chunk_number, first_subject_id, last_subject_id, subject_count, last_sent_at)
            SELECT $1, chunk_number, min(subject_id), max(subject_id), count(*), $4
            FROM (SELECT s.subject_id, (row_number() OVER (ORDER BY s.subject_id) - 1) / $3 AS chunk_number
                  FROM %s WHERE %s) numbered
            GROUP BY chunk_number""";

    private static final String INSERT_LISTED = "INSERT INTO match_job_chunk (job_id, chunk_number, subject_ids,"
            + " subject_count, last_sent_at) VALUES ($1, $2, $3, $4, $5)";

    /** Totals from the chunks; a job without subjects is finished when it is submitted. */
    private static final String TOTALS = """
            UPDATE match_job job SET chunk_count = totals.chunks, subject_count = totals.subjects,
                   finished_at = CASE WHEN totals.chunks = 0 THEN job.submitted_at END
            FROM (SELECT count(*) AS chunks, coalesce(sum(subject_count), 0) AS subjects
                  FROM match_job_chunk WHERE job_id = $1) totals
            WHERE job.id = $1 RETURNING job.chunk_count""";

    private static final String JOB = "SELECT * FROM match_job WHERE id = $1";

    private static final String CHUNK = """
            SELECT job.scope_level, job.scope_code, chunk.first_subject_id, chunk.last_subject_id, chunk.subject_ids,
                   chunk.done_at IS NOT NULL AS done
            FROM match_job_chunk chunk JOIN match_job job ON job.id = chunk.job_id
            WHERE chunk.job_id = $1 AND chunk.chunk_number = $2""";

    /** Locks the chunk when it is not done: whether it was given up, which its marking done undoes. */
    private static final String LOCK_NOT_DONE = "SELECT failed_at IS NOT NULL FROM match_job_chunk"
            + " WHERE job_id = $1 AND chunk_number = $2 AND done_at IS NULL FOR UPDATE";

    private static final String MARK_DONE = "UPDATE match_job_chunk SET done_at = $3, failed_at = NULL"
            + " WHERE job_id = $1 AND chunk_number = $2 AND done_at IS NULL";

    private static final String RESULTS_BY_STATUS = "SELECT status, count(*) FROM match_result WHERE job_id = $1 AND %s"
            + " GROUP BY status";

    /** $9 is 1 when the chunk had been given up: it leaves the failed count for the done one. */
    private static final String COUNT_DONE = """
            UPDATE match_job SET chunks_done = chunks_done + 1, chunks_failed = chunks_failed - $9,
                   subjects_done = subjects_done + $2,
                   verified = verified + $3, mismatch = mismatch + $4, not_found = not_found + $5,
                   invalid_id_format = invalid_id_format + $6, missing_id = missing_id + $7,
                   finished_at = CASE WHEN chunks_done + 1 + chunks_failed - $9 = chunk_count THEN $8 ELSE finished_at END
            WHERE id = $1""";

    /**
     * Claims stale chunks (neither done nor given up, last sent before $1): those sent fewer than $4 times are sent
     * again, their last send moved to $2 and their attempts counted; the others are given up, and counted on their
     * jobs, which end when nothing else is left. One statement, so no chunk is given up without its job knowing. SKIP
     * LOCKED lets two sweeps run without sending twice. Each row: the chunk and whether to send it (false: given up).
     */
    private static final String CLAIM_STALE = """
            WITH stale AS (
                SELECT job_id, chunk_number, attempts FROM match_job_chunk
                WHERE done_at IS NULL AND failed_at IS NULL AND last_sent_at < $1
                ORDER BY last_sent_at LIMIT $3 FOR UPDATE SKIP LOCKED),
            resent AS (
                UPDATE match_job_chunk chunk SET last_sent_at = $2, attempts = chunk.attempts + 1
                FROM stale WHERE chunk.job_id = stale.job_id AND chunk.chunk_number = stale.chunk_number
                    AND stale.attempts < $4
                RETURNING chunk.job_id, chunk.chunk_number),
            failed AS (
                UPDATE match_job_chunk chunk SET failed_at = $2
                FROM stale WHERE chunk.job_id = stale.job_id AND chunk.chunk_number = stale.chunk_number
                    AND stale.attempts >= $4
                RETURNING chunk.job_id, chunk.chunk_number),
            failed_jobs AS (
                UPDATE match_job job SET chunks_failed = job.chunks_failed + given_up.chunks,
                       finished_at = CASE WHEN job.chunks_done + job.chunks_failed + given_up.chunks = job.chunk_count
                                          THEN $2 ELSE job.finished_at END
                FROM (SELECT job_id, count(*)::int AS chunks FROM failed GROUP BY job_id) given_up
                WHERE job.id = given_up.job_id
                RETURNING job.id)
            SELECT job_id, chunk_number, true AS send FROM resent
            UNION ALL
            SELECT job_id, chunk_number, false FROM failed""";

    private final Pool pool;

    @Inject
    MatchJobStore(Pool pool) {
        this.pool = pool;
    }

    /** Writes a job row without chunks; totals follow from {@link #finishTotals}. In the caller's transaction. */
    Uni<Void> insertJob(SqlClient sql, UUID id, JobScope scope, Area owner, String requestedBy, Instant at) {
        return sql.preparedQuery(INSERT_JOB).execute(Tuple.tuple().addUUID(id).addString(scope.level().name())
                .addString(scope.code()).addString(owner.provinceCode()).addString(owner.communeCode())
                .addString(requestedBy).addOffsetDateTime(utc(at))).replaceWithVoid();
    }

    Uni<Void> insertRanges(SqlClient sql, UUID id, SubjectScope scope, int chunkSize, Instant at) {
        SubjectStore.Area area = scope.level().area();
        return sql.preparedQuery(INSERT_RANGES.formatted(SubjectStore.TABLE, area.condition(2)))
                .execute(Tuple.of(id, area.argument(scope.code()), chunkSize, utc(at))).replaceWithVoid();
    }

    void insertListed(SqlConnection sql, UUID id, int chunkNumber, List<String> subjectIds, Instant at) {
        sql.preparedQuery(INSERT_LISTED).executeAndAwait(Tuple.tuple().addUUID(id).addInteger(chunkNumber)
                .addArrayOfString(subjectIds.toArray(String[]::new)).addInteger(subjectIds.size())
                .addOffsetDateTime(utc(at)));
    }

    /** @return the job's chunk count */
    Uni<Integer> finishTotals(SqlClient sql, UUID id) {
        return sql.preparedQuery(TOTALS).execute(Tuple.of(id)).map(rows -> rows.iterator().next().getInteger(0));
    }

    /** The job, or null when there is none with this id. */
    Uni<MatchJob> job(UUID id) {
        return pool.preparedQuery(JOB).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : job(rows.iterator().next()));
    }

    /** The chunk, or null when the job has no such chunk. */
    Uni<StoredChunk> chunk(UUID jobId, int chunkNumber) {
        return pool.preparedQuery(CHUNK).execute(Tuple.of(jobId, chunkNumber)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            JobScope scope = new JobScope(JobScope.Level.valueOf(row.getString("scope_level")), row.getString("scope_code"));
            String[] ids = row.getArrayOfStrings("subject_ids");
            return new StoredChunk(jobId, chunkNumber, scope, row.getString("first_subject_id"),
                    row.getString("last_subject_id"), ids == null ? null : List.of(ids), row.getBoolean("done"));
        });
    }

    /**
     * Marks the chunk done and adds its results to the job's counts, once: a chunk already done changes nothing (a
     * second delivery waits on the first's row lock, then finds it done). The results are counted from match_result,
     * so they are the ones results.csv gives, whichever delivery wrote them.
     *
     * @return true when this call marked it done
     */
    Uni<Boolean> markDone(StoredChunk chunk, Instant at) {
        return pool.withTransaction(sql -> sql.preparedQuery(LOCK_NOT_DONE)
                .execute(Tuple.of(chunk.jobId(), chunk.number()))
                .chain(locked -> {
                    if (locked.size() == 0) {
                        return Uni.createFrom().item(false);
                    }
                    boolean wasFailed = locked.iterator().next().getBoolean(0);
                    return sql.preparedQuery(MARK_DONE).execute(Tuple.of(chunk.jobId(), chunk.number(), utc(at)))
                            .chain(() -> countResults(sql, chunk))
                            .chain(counts -> addToJob(sql, chunk.jobId(), counts, wasFailed, at)).replaceWith(true);
                }));
    }

    /**
     * Claims up to {@code limit} chunks neither done nor given up whose last send is before {@code before}, as sent at
     * {@code now} when they were sent fewer than {@code maxAttempts} times, given up otherwise.
     */
    Uni<StaleChunks> claimStale(Instant before, Instant now, int limit, int maxAttempts) {
        return pool.preparedQuery(CLAIM_STALE).execute(Tuple.of(utc(before), utc(now), limit, maxAttempts)).map(rows -> {
            List<ChunkMessage> resend = new ArrayList<>(rows.size());
            List<ChunkMessage> failed = new ArrayList<>();
            for (Row row : rows) {
                ChunkMessage chunk = ChunkMessage.of(row.getUUID(0), row.getInteger(1));
                (row.getBoolean(2) ? resend : failed).add(chunk);
            }
            return new StaleChunks(resend, failed);
        });
    }

    private Uni<Map<MatchStatus, Long>> countResults(SqlClient sql, StoredChunk chunk) {
        Uni<RowSet<Row>> rows = chunk.subjectIds() == null
                ? sql.preparedQuery(RESULTS_BY_STATUS.formatted("subject_id BETWEEN $2 AND $3"))
                        .execute(Tuple.of(chunk.jobId(), chunk.firstSubjectId(), chunk.lastSubjectId()))
                : sql.preparedQuery(RESULTS_BY_STATUS.formatted("subject_id = ANY($2)"))
                        .execute(Tuple.of(chunk.jobId(), chunk.subjectIds().toArray(String[]::new)));
        return rows.map(found -> {
            Map<MatchStatus, Long> counts = new EnumMap<>(MatchStatus.class);
            for (MatchStatus status : MatchStatus.values()) {
                counts.put(status, 0L);
            }
            for (Row row : found) {
                counts.put(MatchStatus.valueOf(row.getString(0)), row.getLong(1));
            }
            return counts;
        });
    }

    private static Uni<Void> addToJob(SqlClient sql, UUID jobId, Map<MatchStatus, Long> counts, boolean wasFailed,
            Instant at) {
        long subjects = counts.values().stream().mapToLong(Long::longValue).sum();
        Tuple values = Tuple.tuple().addUUID(jobId).addLong(subjects)
                .addLong(counts.get(MatchStatus.VERIFIED)).addLong(counts.get(MatchStatus.MISMATCH))
                .addLong(counts.get(MatchStatus.NOT_FOUND)).addLong(counts.get(MatchStatus.INVALID_ID_FORMAT))
                .addLong(counts.get(MatchStatus.MISSING_ID)).addOffsetDateTime(utc(at)).addInteger(wasFailed ? 1 : 0);
        return sql.preparedQuery(COUNT_DONE).execute(values).replaceWithVoid();
    }

    private static MatchJob job(Row row) {
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        byStatus.put(MatchStatus.VERIFIED, row.getLong("verified"));
        byStatus.put(MatchStatus.MISMATCH, row.getLong("mismatch"));
        byStatus.put(MatchStatus.NOT_FOUND, row.getLong("not_found"));
        byStatus.put(MatchStatus.INVALID_ID_FORMAT, row.getLong("invalid_id_format"));
        byStatus.put(MatchStatus.MISSING_ID, row.getLong("missing_id"));
        OffsetDateTime finished = row.getOffsetDateTime("finished_at");
        return new MatchJob(row.getUUID("id"),
                new JobScope(JobScope.Level.valueOf(row.getString("scope_level")), row.getString("scope_code")),
                new Area(row.getString("province_code"), row.getString("commune_code")),
                row.getString("requested_by"), row.getOffsetDateTime("submitted_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getInteger("chunk_count"),
                row.getLong("subject_count"), row.getInteger("chunks_done"), row.getInteger("chunks_failed"), row.getLong("subjects_done"),
                byStatus);
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
