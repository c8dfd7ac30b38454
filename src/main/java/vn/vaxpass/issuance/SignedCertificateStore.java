package vn.vaxpass.issuance;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.certificate.IssuedCertificate;

/**
 * The table {@code certificate_signed}: certificates already signed, one per subject and window, each found again
 * only by the exact content it was signed for (SHA-256 of the CWT) and the key that signed it (the COSE kid), and
 * only while its UVCI is not revoked ({@link RevocationStore#REVOKED_WHEN}). A cache: any row may be deleted at any
 * time, and is then signed again. Holds personal data (the HC1 carries name and birth date): never log a row.
 */
@ApplicationScoped
public class SignedCertificateStore {

    static final String FIND = "SELECT sig.hc1 FROM certificate_signed sig WHERE sig.subject_id = $1"
            + " AND sig.window_start = $2 AND sig.content_hash = $3 AND sig.key_id = $4"
            + " AND NOT EXISTS (SELECT 1 FROM " + RevocationStore.SERVED_WITH_SUBJECT
            + " WHERE cs.uvci = sig.uvci AND " + RevocationStore.REVOKED_WHEN + ")";

    /**
     * Stores a signature unless the row of the subject and window already holds one for the same content and key (a
     * concurrent first request's, which is then the one handed out); one for other content or another key is
     * replaced. Never fails on a concurrent insert: PostgreSQL waits for the other and then applies the WHERE.
     */
    static final String KEEP = "INSERT INTO certificate_signed (subject_id, window_start, expires_at, uvci,"
            + " content_hash, key_id, hc1, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            + " ON CONFLICT (subject_id, window_start) DO UPDATE SET expires_at = EXCLUDED.expires_at,"
            + " uvci = EXCLUDED.uvci, content_hash = EXCLUDED.content_hash, key_id = EXCLUDED.key_id,"
            + " hc1 = EXCLUDED.hc1, signed_at = EXCLUDED.signed_at"
            + " WHERE (certificate_signed.content_hash, certificate_signed.key_id)"
            + " IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.key_id)"
            + " RETURNING hc1";

    static final String DELETE_ENDED = "DELETE FROM certificate_signed WHERE expires_at <= $1";

    private final Pool pool;

    @Inject
    public SignedCertificateStore(Pool pool) {
        this.pool = pool;
    }

    /** The HC1 signed for this content with this key in the subject's window, unless revoked since; else empty. */
    public Uni<Optional<String>> find(String subjectId, Instant windowStart, byte[] contentHash, byte[] keyId) {
        return pool.preparedQuery(FIND)
                .execute(Tuple.tuple().addString(subjectId).addOffsetDateTime(CertificateStore.utc(windowStart))
                        .addBuffer(Buffer.buffer(contentHash)).addBuffer(Buffer.buffer(keyId)))
                .map(SignedCertificateStore::firstHc1);
    }

    /**
     * Keeps {@code certificate}, just signed for {@code contentHash}, as the subject's for its window, and answers
     * the HC1 to hand out: this one, or the one a concurrent request kept first for the same content and key (so
     * that both answer the same certificate).
     */
    public Uni<String> keep(String subjectId, IssuedCertificate certificate, byte[] contentHash, Instant signedAt) {
        Tuple row = Tuple.tuple().addString(subjectId)
                .addOffsetDateTime(CertificateStore.utc(certificate.validity().issuedAt()))
                .addOffsetDateTime(CertificateStore.utc(certificate.validity().expiresAt()))
                .addString(certificate.uvci()).addBuffer(Buffer.buffer(contentHash))
                .addBuffer(Buffer.buffer(certificate.kid())).addString(certificate.hc1())
                .addOffsetDateTime(CertificateStore.utc(signedAt));
        return pool.preparedQuery(KEEP).execute(row).map(SignedCertificateStore::firstHc1).chain(kept -> kept.isPresent()
                ? Uni.createFrom().item(kept.get())
                : find(subjectId, certificate.validity().issuedAt(), contentHash, certificate.kid())
                        .map(first -> first.orElse(certificate.hc1())));
    }

    /** Deletes the certificates of windows that ended by {@code now}; how many went. */
    public Uni<Integer> deleteEnded(Instant now) {
        return pool.preparedQuery(DELETE_ENDED).execute(Tuple.of(CertificateStore.utc(now))).map(RowSet::rowCount);
    }

    private static Optional<String> firstHc1(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next().getString(0)) : Optional.empty();
    }
}
