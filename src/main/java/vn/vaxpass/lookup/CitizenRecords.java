package vn.vaxpass.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.certificate.schema.ValueSet;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.matching.MatchStatus;

/** The records a lookup shows, read for the subjects it matched (two statements, sent together). */
@ApplicationScoped
public class CitizenRecords {

    static final String SUBJECTS = "SELECT s.subject_id, s.full_name, s.date_of_birth, s.version, s.commune_code,"
            + " c.name, m.status, m.subject_version, m.mismatched_fields"
            + " FROM vaccination_subject s"
            + " LEFT JOIN commune c ON c.commune_code = s.commune_code"
            + " LEFT JOIN latest_match_result m ON m.subject_id = s.subject_id"
            + " WHERE s.subject_id = ANY($1) ORDER BY s.subject_id";

    static final String DOSES = "SELECT subject_id, dose_number, total_doses, vaccinated_on, product, facility_code"
            + " FROM dose WHERE subject_id = ANY($1) ORDER BY subject_id, dose_number";

    private final Pool pool;

    @Inject
    public CitizenRecords(Pool pool) {
        this.pool = pool;
    }

    /** The records of these subjects, by subject id; a subject deleted meanwhile is left out. */
    public Uni<List<CitizenRecord>> load(List<String> subjectIds, Instant now) {
        Tuple ids = Tuple.of(subjectIds.toArray(String[]::new));
        Uni<RowSet<Row>> subjects = pool.preparedQuery(SUBJECTS).execute(ids);
        Uni<RowSet<Row>> doses = pool.preparedQuery(DOSES).execute(ids);
        return Uni.combine().all().unis(subjects, doses).asTuple()
                .map(rows -> records(rows.getItem1(), doses(rows.getItem2())));
    }

    private static Map<String, List<CitizenRecord.RecordedDose>> doses(RowSet<Row> rows) {
        Map<String, List<CitizenRecord.RecordedDose>> bySubject = new HashMap<>();
        for (Row row : rows) {
            String product = row.getString(4);
            bySubject.computeIfAbsent(row.getString(0), id -> new ArrayList<>()).add(new CitizenRecord.RecordedDose(
                    row.getShort(1), row.getShort(2), row.getLocalDate(3),
                    ValueSets.bundled().display(ValueSet.VACCINE_MEDICINAL_PRODUCT, product).orElse(product),
                    row.getString(5)));
        }
        return bySubject;
    }

    private static List<CitizenRecord> records(RowSet<Row> rows, Map<String, List<CitizenRecord.RecordedDose>> doses) {
        List<CitizenRecord> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String subjectId = row.getString(0);
            String status = row.getString(6);
            RegistryCheck check = RegistryCheckWording.of(status == null ? null : MatchStatus.valueOf(status),
                    status == null ? 0 : row.getInteger(7), row.getString(8), row.getInteger(3), row.getString(4),
                    row.getString(5));
            records.add(new CitizenRecord(subjectId, row.getString(1), row.getString(2),
                    doses.getOrDefault(subjectId, List.of()), check, null));
        }
        return records;
    }
}
