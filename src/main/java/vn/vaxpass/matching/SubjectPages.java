package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectData;
/**
 * The subjects of a commune or province from {@code vaccination_subject}, a page at a time by keyset
 * ({@code subject_id > last}) on the (commune_code, subject_id) and (province_code, subject_id) indexes: every page
 * costs the same, however deep into the province, and a subject added meanwhile is neither skipped nor repeated.
 */
@ApplicationScoped
public class SubjectPages {

    private static final String COLUMNS = "SELECT subject_id, full_name, date_of_birth, gender, id_number, commune_code, version"
            + " FROM vaccination_subject";
    private static final String PAGE = COLUMNS + " WHERE %s = $1 AND subject_id > $2 ORDER BY subject_id LIMIT $3";
    private static final String RANGE = COLUMNS + " WHERE %s = $1 AND subject_id BETWEEN $2 AND $3 ORDER BY subject_id";
    private static final String LISTED = COLUMNS + " WHERE subject_id = ANY($1) ORDER BY subject_id";

    private final Pool pool;

    @Inject
    public SubjectPages(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code size} subjects of the scope after {@code lastSubjectId} ("" for the first page), by subject_id. */
    public Uni<List<StoredSubject>> after(SubjectScope scope, String lastSubjectId, int size) {
        // The column comes from the enum, never from input.
        String sql = PAGE.formatted(scope.level().column());
        return pool.preparedQuery(sql).execute(Tuple.of(scope.code(), lastSubjectId, size)).map(SubjectPages::subjects);
    }

    /** The subjects of the scope from {@code first} to {@code last} subject_id, both included, by subject_id. */
    public Uni<List<StoredSubject>> between(SubjectScope scope, String first, String last) {
        String sql = RANGE.formatted(scope.level().column());
        return pool.preparedQuery(sql).execute(Tuple.of(scope.code(), first, last)).map(SubjectPages::subjects);
    }

    /** The subjects with these ids that are stored, by subject_id; ids not stored are left out. */
    public Uni<List<StoredSubject>> withIds(List<String> subjectIds) {
        return pool.preparedQuery(LISTED).execute(Tuple.of(subjectIds.toArray(String[]::new))).map(SubjectPages::subjects);
    }

    private static List<StoredSubject> subjects(RowSet<Row> rows) {
        List<StoredSubject> page = new ArrayList<>(rows.size());
        for (Row row : rows) {
            page.add(new StoredSubject(new SubjectData(row.getString(0), row.getString(1), row.getString(2),
                    row.getString(3), row.getString(4), row.getString(5)), row.getInteger(6)));
        }
        return page;
    }
}
