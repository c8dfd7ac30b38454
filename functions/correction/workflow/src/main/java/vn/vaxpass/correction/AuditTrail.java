package vn.vaxpass.correction;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.subject.SubjectData;

/**
 * The append-only audit trail of personal-data changes ({@code correction_audit}). Written in the transaction that
 * makes the change; the application's database role may insert and read it, never update or delete it (migration
 * V12). Hand-written SQL: an apply writes hundreds of entries in one statement.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO correction_audit (at, account, role, subject_id, source, list_id, item_id, before, after, reason)
            SELECT * FROM UNNEST($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[],
                                 $7::bigint[], $8::jsonb[], $9::jsonb[], $10::text[])""";
    private static final String OF_SUBJECT = """
            SELECT at, account, role, subject_id, source, list_id, item_id, before, after, reason
              FROM correction_audit WHERE subject_id = $1 ORDER BY at, id""";

    private final Pool pool;

    @Inject
    public AuditTrail(Pool pool) {
        this.pool = pool;
    }

    /** Appends these entries in the caller's transaction. */
    public static Uni<Void> append(SqlConnection connection, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple arguments = Tuple.tuple();
        arguments.addArrayOfOffsetDateTime(entries.stream().map(e -> OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new));
        arguments.addArrayOfString(entries.stream().map(AuditEntry::account).toArray(String[]::new));
        arguments.addArrayOfString(entries.stream().map(e -> e.role().name()).toArray(String[]::new));
        arguments.addArrayOfString(entries.stream().map(AuditEntry::subjectId).toArray(String[]::new));
        arguments.addArrayOfString(entries.stream().map(e -> e.source().name()).toArray(String[]::new));
        arguments.addArrayOfUUID(entries.stream().map(AuditEntry::listId).toArray(UUID[]::new));
        arguments.addArrayOfLong(entries.stream().map(AuditEntry::itemId).toArray(Long[]::new));
        arguments.addArrayOfJsonObject(entries.stream().map(e -> json(e.before())).toArray(JsonObject[]::new));
        arguments.addArrayOfJsonObject(entries.stream().map(e -> json(e.after())).toArray(JsonObject[]::new));
        arguments.addArrayOfString(entries.stream().map(AuditEntry::reason).toArray(String[]::new));
        return connection.preparedQuery(INSERT).execute(arguments).replaceWithVoid();
    }

    /** A subject's entries, oldest first. */
    public Uni<List<AuditEntry>> of(String subjectId) {
        return pool.preparedQuery(OF_SUBJECT).execute(Tuple.of(subjectId)).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                entries.add(new AuditEntry(row.getOffsetDateTime(0).toInstant(), row.getString(1),
                        WorkRole.valueOf(row.getString(2)), row.getString(3), AuditSource.valueOf(row.getString(4)),
                        row.getUUID(5), row.getLong(6), subject(row.getString(3), (JsonObject) row.getValue(7)),
                        subject(row.getString(3), (JsonObject) row.getValue(8)), row.getString(9)));
            }
            return entries;
        });
    }

    private static JsonObject json(SubjectData subject) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fullName", subject.fullName());
        fields.put("dateOfBirth", subject.dateOfBirth());
        fields.put("gender", subject.gender());
        fields.put("idNumber", subject.idNumber());
        return new JsonObject(fields);
    }

    private static SubjectData subject(String subjectId, JsonObject json) {
        return new SubjectData(subjectId, json.getString("fullName"), json.getString("dateOfBirth"),
                json.getString("gender"), json.getString("idNumber"), null);
    }
}
