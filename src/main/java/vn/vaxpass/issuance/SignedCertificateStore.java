package vn.vaxpass.issuance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.UnsignedCertificate;

/**
 * The table {@code certificate_signed}: certificates already signed, one per subject and window, each found again
 * only by the exact content it was signed for (SHA-256 of the CWT) and the key that signed it (the COSE kid), and
 * only while its UVCI is not revoked ({@link RevocationStore#REVOKED_WHEN}). A cache: any row may be deleted at any
 * time, and is then signed again. Holds personal data (the HC1 carries name and birth date): never log a row.
 */
@ApplicationScoped
public class SignedCertificateStore {

    /** Of the rows read as {@code sig}, only those whose UVCI is not revoked. */
    private static final String NOT_REVOKED = " AND NOT EXISTS (SELECT 1 FROM " + RevocationStore.SERVED_WITH_SUBJECT
            + " WHERE cs.uvci = sig.uvci AND " + RevocationStore.REVOKED_WHEN + ")";

    /**
     * A signature is stored unless the row of the subject and window already holds one for the same content and key
     * (a concurrent first request's, which is then the one handed out); one for other content or another key is
     * replaced. Never fails on a concurrent insert: PostgreSQL waits for the other and then applies the WHERE.
     */
    private static final String UNLESS_KEPT = " ON CONFLICT (subject_id, window_start) DO UPDATE SET"
            + " expires_at = EXCLUDED.expires_at, uvci = EXCLUDED.uvci, content_hash = EXCLUDED.content_hash,"
            + " key_id = EXCLUDED.key_id, hc1 = EXCLUDED.hc1, signed_at = EXCLUDED.signed_at"
            + " WHERE (certificate_signed.content_hash, certificate_signed.key_id)"
            + " IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.key_id)";

    private static final String INSERT = "INSERT INTO certificate_signed (subject_id, window_start, expires_at, uvci,"
            + " content_hash, key_id, hc1, signed_at)";

    /** The columns of a {@link Key} and its HC1, in the order {@link #byKey} reads them. */
    private static final String KEYED = "SELECT sig.subject_id, sig.window_start, sig.content_hash, sig.hc1";

    static final String FIND = "SELECT sig.hc1 FROM certificate_signed sig WHERE sig.subject_id = $1"
            + " AND sig.window_start = $2 AND sig.content_hash = $3 AND sig.key_id = $4" + NOT_REVOKED;

    /** Stores one signature {@link #UNLESS_KEPT}; answers the HC1 stored, none when the row kept its own. */
    static final String KEEP = INSERT + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)" + UNLESS_KEPT + " RETURNING hc1";

    /** Every usable kept certificate of some subjects under one key: read beside their records, in one round trip. */
    static final String KEPT_FOR = KEYED + " FROM certificate_signed sig WHERE sig.subject_id = ANY($1)"
            + " AND sig.key_id = $2" + NOT_REVOKED;

    static final String FIND_ALL = KEYED
            + " FROM UNNEST($1::text[], $2::timestamptz[], $3::bytea[]) AS k(subject_id, window_start, content_hash)"
            + " JOIN certificate_signed sig ON sig.subject_id = k.subject_id AND sig.window_start = k.window_start"
            + " AND sig.content_hash = k.content_hash WHERE sig.key_id = $4" + NOT_REVOKED;

    /** As {@link #KEEP} for many rows, distinct by subject and window. */
    static final String KEEP_ALL = INSERT + " SELECT * FROM UNNEST($1::text[], $2::timestamptz[],"
            + " $3::timestamptz[], $4::text[], $5::bytea[], $6::bytea[], $7::text[], $8::timestamptz[])" + UNLESS_KEPT
            + " RETURNING subject_id, window_start, content_hash, hc1";

    static final String DELETE_ENDED = "DELETE FROM certificate_signed WHERE expires_at <= $1";

    /** A kept certificate's key: the subject, the window and the SHA-256 of the CWT (hex, to compare by value). */
    public record Key(String subjectId, Instant windowStart, String contentHash) {

        public static Key of(String subjectId, UnsignedCertificate unsigned) {
            return new Key(subjectId, unsigned.validity().issuedAt(), HexFormat.of().formatHex(unsigned.contentHash()));
        }

        private static Key of(Row row) {
            return new Key(row.getString(0), row.getOffsetDateTime(1).toInstant(),
                    HexFormat.of().formatHex(row.getBuffer(2).getBytes()));
        }

        private io.vertx.core.buffer.Buffer hashBuffer() {
            return io.vertx.core.buffer.Buffer.buffer(HexFormat.of().parseHex(contentHash));
        }
    }

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

    /**
     * The subjects' kept certificates signed with this key and not revoked, by key (a subject has one per window at
     * most): asked beside the subjects' records, so that a request whose content is kept costs no round trip more.
     */
    public Uni<Map<Key, String>> keptFor(Collection<String> subjectIds, byte[] keyId) {
        return pool.preparedQuery(KEPT_FOR)
                .execute(Tuple.tuple().addArrayOfString(subjectIds.toArray(String[]::new)).addBuffer(Buffer.buffer(keyId)))
                .map(SignedCertificateStore::byKey);
    }

    /** As {@link #find} for many: the HC1 found, by key; the keys without one are absent. */
    public Uni<Map<Key, String>> findAll(Collection<Key> keys, byte[] keyId) {
        int n = keys.size();
        String[] subjects = new String[n];
        OffsetDateTime[] starts = new OffsetDateTime[n];
        io.vertx.core.buffer.Buffer[] hashes = new io.vertx.core.buffer.Buffer[n];
        int i = 0;
        for (Key key : keys) {
            subjects[i] = key.subjectId();
            starts[i] = CertificateStore.utc(key.windowStart());
            hashes[i++] = key.hashBuffer();
        }
        Tuple parameters = Tuple.tuple().addArrayOfString(subjects).addArrayOfOffsetDateTime(starts).addValue(hashes)
                .addBuffer(Buffer.buffer(keyId));
        return pool.preparedQuery(FIND_ALL).execute(parameters).map(SignedCertificateStore::byKey);
    }

    /**
     * As {@link #keep} for many, just signed: one row per subject and window (of two for the same window, the first
     * given), written in key order so that two batches never wait on each other in a cycle. Answers, by key, the
     * HC1 to hand out; a key left out (another content of its window in the same batch, or replaced meanwhile)
     * hands out its own.
     */
    public Uni<Map<Key, String>> keepAll(Map<Key, IssuedCertificate> made, Instant signedAt) {
        Map<String, Map.Entry<Key, IssuedCertificate>> oneWindowEach = new TreeMap<>();
        for (Map.Entry<Key, IssuedCertificate> entry : made.entrySet()) {
            oneWindowEach.putIfAbsent(entry.getKey().subjectId() + "\u0000" + entry.getKey().windowStart(), entry);
        }
        int n = oneWindowEach.size();
        String[] subjects = new String[n];
        OffsetDateTime[] starts = new OffsetDateTime[n];
        OffsetDateTime[] ends = new OffsetDateTime[n];
        String[] uvcis = new String[n];
        io.vertx.core.buffer.Buffer[] hashes = new io.vertx.core.buffer.Buffer[n];
        io.vertx.core.buffer.Buffer[] kids = new io.vertx.core.buffer.Buffer[n];
        String[] hc1s = new String[n];
        OffsetDateTime[] signed = new OffsetDateTime[n];
        int i = 0;
        for (Map.Entry<Key, IssuedCertificate> entry : oneWindowEach.values()) {
            IssuedCertificate certificate = entry.getValue();
            subjects[i] = entry.getKey().subjectId();
            starts[i] = CertificateStore.utc(certificate.validity().issuedAt());
            ends[i] = CertificateStore.utc(certificate.validity().expiresAt());
            uvcis[i] = certificate.uvci();
            hashes[i] = entry.getKey().hashBuffer();
            kids[i] = io.vertx.core.buffer.Buffer.buffer(certificate.kid());
            hc1s[i] = certificate.hc1();
            signed[i++] = CertificateStore.utc(signedAt);
        }
        Tuple rows = Tuple.tuple().addArrayOfString(subjects).addArrayOfOffsetDateTime(starts)
                .addArrayOfOffsetDateTime(ends).addArrayOfString(uvcis).addValue(hashes).addValue(kids)
                .addArrayOfString(hc1s).addArrayOfOffsetDateTime(signed);
        byte[] keyId = made.values().iterator().next().kid();
        return pool.preparedQuery(KEEP_ALL).execute(rows).map(SignedCertificateStore::byKey).chain(kept -> {
            List<Key> notKept = made.keySet().stream().filter(key -> !kept.containsKey(key)).toList();
            return notKept.isEmpty() ? Uni.createFrom().item(kept) : findAll(notKept, keyId).map(first -> {
                Map<Key, String> all = new HashMap<>(kept);
                all.putAll(first);
                return all;
            });
        });
    }

    private static Map<Key, String> byKey(RowSet<Row> rows) {
        Map<Key, String> found = new HashMap<>();
        for (Row row : rows) {
            found.put(Key.of(row), row.getString(3));
        }
        return found;
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
