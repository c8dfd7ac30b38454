package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The subjects of a commune or province from {@code vaccination_subject}, a page at a time by keyset
 * ({@code subject_id > last}) on the (commune_code, subject_id) and (province_code, subject_id) indexes: every page
 * costs the same, however deep into the province, and a subject added meanwhile is neither skipped nor repeated.
 */
@ApplicationScoped
public class SubjectPages {

    private static final String PAGE = "SELECT subject_id, full_name, date_of_birth, gender, id_number, commune_code, version"
            + " FROM vaccination_subject WHERE %s = $1 AND subject_id > $2 ORDER BY subject_id LIMIT $3";

    @Inject
    Pool pool;

    /** Up to {@code size} subjects of the scope after {@code lastSubjectId} ("" for the first page), by subject_id. */
    public Uni<List<StoredSubject>> after(SubjectScope scope, String lastSubjectId, int size) {
        // The column comes from the enum, never from input.
        String sql = PAGE.formatted(scope.level().column());
        return pool.preparedQuery(sql).execute(Tuple.of(scope.code(), lastSubjectId, size)).map(rows -> {
            List<StoredSubject> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(new StoredSubject(new SubjectData(row.getString(0), row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5)), row.getInteger(6)));
            }
            return page;
        });
    }
}
