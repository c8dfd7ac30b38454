package vn.vaxpass.issuance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.DoseStore;
import vn.vaxpass.confirmation.RecordedDose;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectDeaths;
import vn.vaxpass.subject.SubjectStore;

/**
 * What certificates on demand read and write in PostgreSQL: a subject's record (two statements, sent together),
 * the window anchor (written once), and the certificates handed out (once per UVCI).
 */
@ApplicationScoped
public class CertificateStore {

    /** A record's row: the subject's columns ({@link SubjectStore#COLUMNS}), then the record's own from this index. */
    private static final int MATCH_STATUS = SubjectStore.COLUMN_COUNT;
    private static final int MATCHED_VERSION = MATCH_STATUS + 1;
    private static final int MISMATCHED_FIELDS = MATCH_STATUS + 2;
    private static final int FIRST_SIGNED_AT = MATCH_STATUS + 3;
    private static final int SERVED = MATCH_STATUS + 4;
    private static final int COMMUNE_NAME = MATCH_STATUS + 5;
    private static final int DEATH_RECORDED_AT = MATCH_STATUS + 6;
    private static final int COMMUNE_TODAY = MATCH_STATUS + 7;

    static final String SUBJECT_COLUMNS = "SELECT " + SubjectStore.COLUMNS + ","
            + " m.status, m.subject_version, m.mismatched_fields, a.first_signed_at,"
            + " ARRAY(SELECT cs.uvci FROM certificate_served cs WHERE cs.subject_id = s.subject_id"
            + " AND cs.expires_at > $2) AS served, c.name, " + SubjectDeaths.RECORDED_AT
            + ", COALESCE(successor.current_code, s.commune_code)"
            + " FROM " + SubjectStore.TABLE
            // The newest match result as the view latest_match_result defines it, as a lateral subquery: a batch's ids
            // (= ANY) reach the index through it, where the view's DISTINCT ON would be read from its start.
            + " LEFT JOIN LATERAL (SELECT mr.status, mr.subject_version, mr.mismatched_fields FROM match_result mr"
            + " WHERE mr.subject_id = s.subject_id ORDER BY mr.matched_at DESC, mr.id DESC LIMIT 1) m ON true"
            + " LEFT JOIN certificate_anchor a ON a.subject_id = s.subject_id"
            // The commune as it is today, whose station corrects the record: an old code merged into another commune is
            // read as that commune in the same statement (issue 11).
            + " LEFT JOIN commune_successor successor ON successor.old_code = s.commune_code"
            + " LEFT JOIN commune c ON c.commune_code = COALESCE(successor.current_code, s.commune_code)"
            + " LEFT JOIN " + SubjectDeaths.TABLE + " ON death.subject_id = s.subject_id";
    static final String SUBJECT = SUBJECT_COLUMNS + " WHERE s.subject_id = $1";
    static final String SUBJECTS = SUBJECT_COLUMNS + " WHERE s.subject_id = ANY($1)";

    static final String DOSES = "SELECT " + DoseStore.COLUMNS + " FROM dose d WHERE d.subject_id = $1 ORDER BY d.dose_number";
    static final String DOSES_OF_SUBJECTS = "SELECT " + DoseStore.COLUMNS + " FROM dose d WHERE d.subject_id = ANY($1)"
            + " ORDER BY d.subject_id, d.dose_number";

    static final String INSERT_ANCHOR = "INSERT INTO certificate_anchor (subject_id, first_signed_at) VALUES ($1, $2)"
            + " ON CONFLICT (subject_id) DO NOTHING";
    static final String ANCHOR = "SELECT first_signed_at FROM certificate_anchor WHERE subject_id = $1";

    static final String INSERT_SERVED = "INSERT INTO certificate_served (uvci, subject_id, subject_version,"
            + " window_start, expires_at, dose_id, dose_hash, first_served_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            + " ON CONFLICT (uvci) DO NOTHING";
    static final String INSERT_SERVED_ROWS = "INSERT INTO certificate_served (uvci, subject_id, subject_version,"
            + " window_start, expires_at, dose_id, dose_hash, first_served_at) SELECT * FROM UNNEST($1::text[],"
            + " $2::text[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::bigint[], $7::bytea[], $8::timestamptz[])"
            + " ON CONFLICT (uvci) DO NOTHING";

    private final Pool pool;

    @Inject
    public CertificateStore(Pool pool) {
        this.pool = pool;
    }

    /** The subject's record, or empty when there is no such subject. */
    public Uni<Optional<SubjectRecord>> load(String subjectId, Instant now) {
        Uni<RowSet<Row>> subject = pool.preparedQuery(SUBJECT).execute(Tuple.of(subjectId, utc(now)));
        Uni<RowSet<Row>> doses = pool.preparedQuery(DOSES).execute(Tuple.of(subjectId));
        return Uni.combine().all().unis(subject, doses).asTuple().map(rows -> {
            var subjectRows = rows.getItem1().iterator();
            if (!subjectRows.hasNext()) {
                return Optional.empty();
            }
            List<RecordedDose> recorded = new ArrayList<>();
            for (Row row : rows.getItem2()) {
                recorded.add(DoseStore.read(row));
            }
            Row row = subjectRows.next();
            return Optional.of(record(SubjectStore.read(row), row, recorded));
        });
    }

    /** The records of those subjects that exist, by subject id: two statements for all of them, sent together. */
    public Uni<Map<String, SubjectRecord>> loadAll(Collection<String> subjectIds, Instant now) {
        String[] ids = subjectIds.toArray(String[]::new);
        Uni<RowSet<Row>> subjects = pool.preparedQuery(SUBJECTS).execute(Tuple.of(ids, utc(now)));
        Uni<RowSet<Row>> doses = pool.preparedQuery(DOSES_OF_SUBJECTS).execute(Tuple.of((Object) ids));
        return Uni.combine().all().unis(subjects, doses).asTuple().map(rows -> {
            Map<String, List<RecordedDose>> dosesOf = new HashMap<>();
            for (Row row : rows.getItem2()) {
                RecordedDose dose = DoseStore.read(row);
                dosesOf.computeIfAbsent(dose.content().subjectId(), id -> new ArrayList<>()).add(dose);
            }
            Map<String, SubjectRecord> found = new HashMap<>();
            for (Row row : rows.getItem1()) {
                StoredSubject subject = SubjectStore.read(row);
                List<RecordedDose> recorded = dosesOf.getOrDefault(subject.subjectId(), List.of());
                found.put(subject.subjectId(), record(subject, row, recorded));
            }
            return found;
        });
    }

    private static SubjectRecord record(StoredSubject subject, Row row, List<RecordedDose> doses) {
        SubjectRecord.LatestMatch match = row.getString(MATCH_STATUS) == null ? null
                : new SubjectRecord.LatestMatch(MatchStatus.valueOf(row.getString(MATCH_STATUS)),
                        row.getInteger(MATCHED_VERSION),
                        row.getString(MISMATCHED_FIELDS) == null ? "" : row.getString(MISMATCHED_FIELDS));
        OffsetDateTime anchor = row.getOffsetDateTime(FIRST_SIGNED_AT);
        OffsetDateTime death = row.getOffsetDateTime(DEATH_RECORDED_AT);
        Set<String> served = new HashSet<>(Arrays.asList(row.getArrayOfStrings(SERVED)));
        return new SubjectRecord(subject.subjectId(), subject.data().fullName(), subject.data().dateOfBirth(),
                subject.version(), match, doses, anchor == null ? null : anchor.toInstant(), served,
                new SubjectRecord.Commune(row.getString(COMMUNE_TODAY), row.getString(COMMUNE_NAME)),
                death == null ? null : death.toInstant());
    }

    /** The subject's anchor: {@code at} if it had none, else the one written first (concurrent requests agree). */
    public Uni<Instant> anchor(String subjectId, Instant at) {
        return pool.preparedQuery(INSERT_ANCHOR).execute(Tuple.of(subjectId, utc(at)))
                .chain(() -> pool.preparedQuery(ANCHOR).execute(Tuple.of(subjectId)))
                .map(rows -> rows.iterator().next().getOffsetDateTime(0).toInstant());
    }

    /** Records a certificate handed out; the same UVCI a second time changes nothing. */
    public Uni<Void> served(ServedCertificate certificate) {
        Tuple row = Tuple.tuple().addString(certificate.uvci()).addString(certificate.subjectId())
                .addInteger(certificate.subjectVersion()).addOffsetDateTime(utc(certificate.window().issuedAt()))
                .addOffsetDateTime(utc(certificate.window().expiresAt())).addLong(certificate.doseId())
                .addBuffer(io.vertx.mutiny.core.buffer.Buffer.buffer(certificate.doseHash()))
                .addOffsetDateTime(utc(certificate.servedAt()));
        return pool.preparedQuery(INSERT_SERVED).execute(row).replaceWithVoid();
    }

    /** As {@link #served(ServedCertificate)} for many, in one statement. */
    public Uni<Void> servedAll(List<ServedCertificate> unordered) {
        // In key order, so that two batches noting some of the same UVCIs never wait on each other in a cycle.
        List<ServedCertificate> certificates = unordered.stream().sorted(Comparator.comparing(ServedCertificate::uvci))
                .toList();
        int n = certificates.size();
        String[] uvcis = new String[n];
        String[] subjects = new String[n];
        Integer[] versions = new Integer[n];
        OffsetDateTime[] starts = new OffsetDateTime[n];
        OffsetDateTime[] ends = new OffsetDateTime[n];
        Long[] doses = new Long[n];
        io.vertx.core.buffer.Buffer[] hashes = new io.vertx.core.buffer.Buffer[n];
        OffsetDateTime[] servedAt = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            ServedCertificate certificate = certificates.get(i);
            uvcis[i] = certificate.uvci();
            subjects[i] = certificate.subjectId();
            versions[i] = certificate.subjectVersion();
            starts[i] = utc(certificate.window().issuedAt());
            ends[i] = utc(certificate.window().expiresAt());
            doses[i] = certificate.doseId();
            hashes[i] = io.vertx.core.buffer.Buffer.buffer(certificate.doseHash());
            servedAt[i] = utc(certificate.servedAt());
        }
        Tuple rows = Tuple.tuple().addArrayOfString(uvcis).addArrayOfString(subjects).addArrayOfInteger(versions)
                .addArrayOfOffsetDateTime(starts).addArrayOfOffsetDateTime(ends).addArrayOfLong(doses)
                .addValue(hashes).addArrayOfOffsetDateTime(servedAt);
        return pool.preparedQuery(INSERT_SERVED_ROWS).execute(rows).replaceWithVoid();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
