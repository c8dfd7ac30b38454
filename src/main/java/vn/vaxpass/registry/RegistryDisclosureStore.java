package vn.vaxpass.registry;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one home of {@code registry_disclosure} (V11): who was shown registry data, what, and when. Written before the
 * answer leaves, so nothing is shown that is not on record; append-only in the database (a trigger refuses UPDATE
 * and DELETE).
 *
 * <p>A single-subject check is one row naming the subject. A job's results.csv download is one row naming the job,
 * not one row per subject of it: the job's subjects are on record in {@code match_result} under the same job id, so
 * who saw what can still be answered subject by subject, at the cost of a row per download instead of thousands.
 */
@ApplicationScoped
public class RegistryDisclosureStore {

    /** What a caller was shown. */
    public enum Revealed {
        /** One stored subject's match result: status, suggested ID number, reasons field by field. */
        MATCH_CHECK,
        /** A job's results.csv: every subject's status and suggested ID number. */
        JOB_RESULTS,
        /** A correction list's items: each one's check status and suggested ID number (masked or whole by role). */
        CORRECTION_LIST
    }

    static final String INSERT = "INSERT INTO registry_disclosure (account, roles, revealed, subject_id, job_id,"
            + " list_id) VALUES ($1, $2, $3, $4, $5, $6)";

    private final Pool pool;

    @Inject
    public RegistryDisclosureStore(Pool pool) {
        this.pool = pool;
    }

    /** Records that the reader was shown one subject's match result. */
    public Uni<Void> subjectChecked(RegistryReader reader, String subjectId) {
        return insert(reader, Revealed.MATCH_CHECK, subjectId, null, null);
    }

    /** Records that the reader downloaded a job's results. */
    public Uni<Void> jobResultsDownloaded(RegistryReader reader, UUID jobId) {
        return insert(reader, Revealed.JOB_RESULTS, null, jobId, null);
    }

    /** Records that the reader was shown a correction list's suggestions. */
    public Uni<Void> correctionListRead(RegistryReader reader, UUID listId) {
        return insert(reader, Revealed.CORRECTION_LIST, null, null, listId);
    }

    private Uni<Void> insert(RegistryReader reader, Revealed revealed, String subjectId, UUID jobId, UUID listId) {
        return pool.preparedQuery(INSERT).execute(Tuple.tuple().addString(reader.account())
                        .addArrayOfString(reader.roles().toArray(String[]::new)).addString(revealed.name())
                        .addString(subjectId).addUUID(jobId).addUUID(listId))
                .replaceWithVoid();
    }
}
