package vn.vaxpass.issuance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.subject.SubjectStore;

/**
 * The revocation list, derived from what was handed out rather than kept by every correction path: a certificate
 * not yet expired is revoked when
 * <ul>
 *   <li>its subject's personal data was corrected since (the subject's version is newer than the certificate's),
 *       or the subject is gone;</li>
 *   <li>its certified dose was confirmed again with other content (a corrected dose), or is gone;</li>
 *   <li>its certified dose is no longer its subject's: the subject was merged into the one it duplicated, and the
 *       dose moved there.</li>
 * </ul>
 * A certificate of an earlier window is not revoked by the next one, nor a dose-2 certificate by a booster's.
 */
@ApplicationScoped
public class RevocationStore {

    /** The served certificates and their subjects, as {@link #REVOKED_WHEN} names them. */
    static final String SERVED_WITH_SUBJECT = "certificate_served cs"
            + " LEFT JOIN " + SubjectStore.TABLE + " ON s.subject_id = cs.subject_id";

    /**
     * When a served certificate ({@code cs}, with its subject {@code s} from {@link #SERVED_WITH_SUBJECT}) is revoked:
     * the one home of the rule, which the list and the signed-certificate cache ({@link SignedCertificateStore}) both
     * apply.
     */
    static final String REVOKED_WHEN = "(s.subject_id IS NULL OR s.version > cs.subject_version"
            + " OR NOT EXISTS (SELECT 1 FROM dose owned WHERE owned.id = cs.dose_id AND owned.subject_id = cs.subject_id)"
            + " OR (SELECT c.content_hash FROM dose_confirmation c WHERE c.dose_id = cs.dose_id"
            + " ORDER BY c.confirmed_at DESC, c.id DESC LIMIT 1) IS DISTINCT FROM cs.dose_hash)";

    static final String REVOKED = "SELECT cs.uvci, cs.expires_at FROM " + SERVED_WITH_SUBJECT
            + " WHERE cs.expires_at > $1 AND " + REVOKED_WHEN
            + " ORDER BY cs.expires_at, cs.uvci";

    private final Pool pool;

    @Inject
    public RevocationStore(Pool pool) {
        this.pool = pool;
    }

    /** The revoked certificates that have not expired at {@code now}, soonest to expire first. */
    public Uni<List<RevokedCertificate>> revokedAt(Instant now) {
        return pool.preparedQuery(REVOKED).execute(Tuple.of(CertificateStore.utc(now))).map(rows -> {
            List<RevokedCertificate> revoked = new ArrayList<>();
            for (Row row : rows) {
                revoked.add(new RevokedCertificate(RevocationHash.of(row.getString(0)),
                        row.getOffsetDateTime(1).toInstant()));
            }
            return revoked;
        });
    }
}
