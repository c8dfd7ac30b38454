package vn.vaxpass.lookup;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The subjects whose stored phone or ID number has the key asked for, through the expression indexes of migration
 * V6. A household shares one phone, so a phone gives several; {@link SamePersonPolicy} then decides.
 */
@ApplicationScoped
public class SubjectCandidates {

    private static final String COLUMNS = "SELECT subject_id, full_name, date_of_birth, gender, id_number, phone"
            + " FROM vaccination_subject";
    static final String BY_PHONE = COLUMNS + " WHERE lookup_phone_key(phone) = $1 ORDER BY subject_id LIMIT $2";
    static final String BY_ID_NUMBER = COLUMNS + " WHERE lookup_id_key(id_number) = $1 ORDER BY subject_id LIMIT $2";
    /** More subjects than any household or any person's duplicate records: the rest are not read. */
    static final int MAX_CANDIDATES = 50;

    private final Pool pool;

    @Inject
    public SubjectCandidates(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SubjectCandidate>> withPhone(PhoneNumber phone) {
        return pool.preparedQuery(BY_PHONE).execute(Tuple.of(phone.national(), MAX_CANDIDATES))
                .map(SubjectCandidates::candidates);
    }

    /** @param digits a well-formed ID number's digits */
    public Uni<List<SubjectCandidate>> withIdNumber(String digits) {
        return pool.preparedQuery(BY_ID_NUMBER).execute(Tuple.of(digits, MAX_CANDIDATES))
                .map(SubjectCandidates::candidates);
    }

    private static List<SubjectCandidate> candidates(RowSet<Row> rows) {
        List<SubjectCandidate> candidates = new ArrayList<>(rows.size());
        for (Row row : rows) {
            candidates.add(new SubjectCandidate(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5)));
        }
        return candidates;
    }
}
