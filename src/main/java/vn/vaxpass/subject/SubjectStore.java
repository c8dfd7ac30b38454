package vn.vaxpass.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.access.ProvincesToday;

/**
 * The one home of {@code vaccination_subject}: its column list, the row a subject is read from, and the reads that
 * need this table alone. A statement that reads subjects together with other tables (a certificate's record, the
 * revocation list) selects {@link #COLUMNS} from {@link #TABLE}, numbers its own columns from {@link #COLUMN_COUNT}
 * and reads the subject with {@link #read}: still one statement.
 */
@ApplicationScoped
public class SubjectStore {

    /** The table's name, for statements that write it. */
    public static final String NAME = "vaccination_subject";

    /** The table under the alias {@code s} that {@link #COLUMNS} and {@link Area#column()} name. */
    public static final String TABLE = NAME + " s";

    /** The columns clerks type, in the subjects file's order: the key, then the personal data. */
    public static final List<String> TYPED_COLUMNS = List.of("subject_id", "full_name", "date_of_birth", "gender",
            "id_number", "phone", "commune_code");

    /**
     * The personal data: every typed column but the key. A change of any of them is a new version of the subject
     * ({@code version} bumped, {@code updated_at} moved); the province, derived from the commune, is not.
     */
    public static final List<String> PERSONAL_DATA = TYPED_COLUMNS.subList(1, TYPED_COLUMNS.size());

    private static final List<String> READ = Stream.concat(TYPED_COLUMNS.stream(),
            Stream.of("province_code", "version")).toList();

    /** Columns 0–8 of {@code s}: the typed columns in file order, then province_code and version. */
    public static final String COLUMNS = columns("s", READ);

    /** How many columns {@link #COLUMNS} are: a statement's own columns come after them, from this index. */
    public static final int COLUMN_COUNT = READ.size();

    // One keyset page per code the area's records carry, each read in order on its index, then merged: an area of
    // several codes (a commune and the old communes merged into it) costs a page per code, never the whole area.
    private static final String PAGE = "SELECT " + COLUMNS + " FROM unnest(%s) AS area(code), LATERAL (SELECT * FROM "
            + TABLE + " WHERE %s = area.code AND s.subject_id > $2 ORDER BY s.subject_id LIMIT $3) s"
            + " ORDER BY s.subject_id LIMIT $3";
    private static final String RANGE = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE %s AND s.subject_id BETWEEN $2 AND $3 ORDER BY s.subject_id";
    private static final String LISTED = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE s.subject_id = ANY($1) ORDER BY s.subject_id";
    // The expressions of the indexes of migration V6.
    private static final String WITH_PHONE_KEY = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE lookup_phone_key(s.phone) = $1 ORDER BY s.subject_id LIMIT $2";
    private static final String WITH_ID_NUMBER_KEY = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE lookup_id_key(s.id_number) = $1 ORDER BY s.subject_id LIMIT $2";

    // One statement for a batch of corrections: the old row is read (and locked) in the FROM list, so RETURNING gives
    // before and after. A subject whose version is no longer the expected one is left alone and left out of the result;
    // values equal to the stored ones change nothing (no new version, so no revocation).
    private static final String CORRECT = """
            UPDATE vaccination_subject s
               SET full_name = v.full_name, date_of_birth = v.date_of_birth, gender = v.gender,
                   id_number = v.id_number, version = s.version + 1, updated_at = now()
              FROM (SELECT subject_id, full_name, date_of_birth, gender, id_number
                      FROM vaccination_subject WHERE subject_id = ANY($1) FOR UPDATE) old,
                   UNNEST($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
                       AS v(subject_id, expected_version, full_name, date_of_birth, gender, id_number)
             WHERE s.subject_id = v.subject_id AND old.subject_id = v.subject_id AND s.version = v.expected_version
               AND (s.full_name, s.date_of_birth, s.gender, s.id_number)
                   IS DISTINCT FROM (v.full_name, v.date_of_birth, v.gender, v.id_number)
            RETURNING %s, old.full_name, old.date_of_birth, old.gender, old.id_number""".formatted(COLUMNS);

    // A subject that moved in: its commune (and the province derived from it) become the receiving commune's, a new
    // version like any change of personal data. Left alone when changed meanwhile or already there.
    private static final String MOVE = """
            UPDATE vaccination_subject s
               SET commune_code = v.commune_code, province_code = v.province_code, version = s.version + 1,
                   updated_at = now()
              FROM (SELECT subject_id, commune_code FROM vaccination_subject WHERE subject_id = ANY($1) FOR UPDATE) old,
                   UNNEST($1::text[], $2::int[], $3::text[], $4::text[])
                       AS v(subject_id, expected_version, commune_code, province_code)
             WHERE s.subject_id = v.subject_id AND old.subject_id = v.subject_id AND s.version = v.expected_version
               AND s.commune_code IS DISTINCT FROM v.commune_code
            RETURNING %s, old.commune_code""".formatted(COLUMNS);

    /**
     * Where subjects are registered, as the area is today (issue 11: lists and jurisdiction use today's units; records
     * keep the codes they were entered with). Each is the column an index of the table starts with, then subject_id: a
     * page by keyset ({@code subject_id > last}) costs the same however deep into a province it is.
     */
    public enum Area {
        /**
         * A commune: the subjects recorded under its code or under an old commune code merged into it (the commune
         * directory's {@code commune_successor}, read in the same statement). An old code itself holds only what is
         * still recorded under it.
         */
        COMMUNE("s.commune_code", "(ARRAY(SELECT successor.old_code FROM commune_successor successor"
                + " WHERE successor.current_code = ANY(%1$s)) || %1$s)"),
        /** A province: the subjects recorded under its code or under an old province merged into it. */
        PROVINCE("s.province_code", "%1$s");

        private final String column;
        private final String recordCodes;

        Area(String column, String recordCodes) {
            this.column = column;
            this.recordCodes = recordCodes;
        }

        /** The column of {@link #TABLE}, as {@code s.name}. */
        public String column() {
            return column;
        }

        /**
         * The codes records of the area may carry, as an SQL {@code text[]} read from parameter {@code $parameter}, which
         * holds {@link #argument}.
         */
        public String recordCodes(int parameter) {
            return recordCodes.formatted("$" + parameter + "::text[]");
        }

        /** The condition true for the subjects of the area whose {@link #argument} is parameter {@code $parameter}. */
        public String condition(int parameter) {
            return column + " = ANY(" + recordCodes(parameter) + ")";
        }

        /** The value of the parameter {@link #recordCodes} reads, for the area with this code. */
        public String[] argument(String code) {
            return this == PROVINCE ? ProvincesToday.recordCodesOf(code).stream().sorted().toArray(String[]::new)
                    : new String[] {code};
        }
    }

    private final Pool pool;

    @Inject
    public SubjectStore(Pool pool) {
        this.pool = pool;
    }

    /** The subject in columns 0–8 of a row that selected {@link #COLUMNS}. */
    public static StoredSubject read(Row row) {
        return new StoredSubject(new SubjectData(row.getString(0), row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(6)), row.getString(5), row.getString(7),
                row.getInteger(8));
    }

    /** {@code alias.column, ...} in the order given. */
    public static String columns(String alias, List<String> columns) {
        return columns.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    /** A condition true when a subject with the key {@code subjectId} (an SQL expression) is stored. */
    public static String exists(String subjectId) {
        return "EXISTS (SELECT 1 FROM " + NAME + " stored WHERE stored.subject_id = " + subjectId + ")";
    }

    /**
     * Up to {@code size} subjects registered in the commune or province {@code code} as it is today ({@link Area}) after {@code lastSubjectId}
     * ("" for the first page), by subject_id. A subject added meanwhile is neither skipped nor repeated.
     */
    public Uni<List<StoredSubject>> after(Area area, String code, String lastSubjectId, int size) {
        // The column comes from the enum, never from input.
        return pool.preparedQuery(PAGE.formatted(area.recordCodes(1), area.column()))
                .execute(Tuple.of(area.argument(code), lastSubjectId, size))
                .map(SubjectStore::subjects);
    }

    /** The subjects registered in {@code code} from {@code first} to {@code last} subject_id, both included. */
    public Uni<List<StoredSubject>> between(Area area, String code, String first, String last) {
        return pool.preparedQuery(RANGE.formatted(area.condition(1))).execute(Tuple.of(area.argument(code), first, last))
                .map(SubjectStore::subjects);
    }

    /** The subjects with these ids that are stored, by subject_id; ids not stored are left out. */
    public Uni<List<StoredSubject>> withIds(List<String> subjectIds) {
        return pool.preparedQuery(LISTED).execute(Tuple.of(subjectIds.toArray(String[]::new)))
                .map(SubjectStore::subjects);
    }

    /** As {@link #withIds(List)}, in the caller's transaction, the rows locked until it ends. */
    public static Uni<List<StoredSubject>> withIdsForUpdate(SqlConnection connection, List<String> subjectIds) {
        return connection.preparedQuery(LISTED + " FOR UPDATE").execute(Tuple.of(subjectIds.toArray(String[]::new)))
                .map(SubjectStore::subjects);
    }

    /**
     * Up to {@code limit} subjects, by subject_id, whose phone has the key {@code nationalDigits}: its digits without
     * the country code or the trunk prefix 0 (SQL {@code lookup_phone_key}), so that every way of typing one number
     * finds it.
     */
    public Uni<List<StoredSubject>> withPhoneKey(String nationalDigits, int limit) {
        return pool.preparedQuery(WITH_PHONE_KEY).execute(Tuple.of(nationalDigits, limit)).map(SubjectStore::subjects);
    }

    /** Up to {@code limit} subjects, by subject_id, whose ID number has these digits once the rest is left out. */
    public Uni<List<StoredSubject>> withIdNumberKey(String digits, int limit) {
        return pool.preparedQuery(WITH_ID_NUMBER_KEY).execute(Tuple.of(digits, limit)).map(SubjectStore::subjects);
    }

    /**
     * Writes corrected personal data (name, date of birth, gender, ID number), each only onto the version of its subject
     * it was made for, in the caller's transaction: a new version of each subject changed, which revokes the
     * certificates served for the old one. Phone and commune are not corrections' to change.
     *
     * @return one entry per subject changed; a subject changed by someone else meanwhile, or already holding these
     *         values, is left out
     */
    public static Uni<List<Corrected>> correct(SqlConnection connection, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple arguments = Tuple.of(
                corrections.stream().map(c -> c.after().subjectId()).toArray(String[]::new),
                corrections.stream().map(Correction::expectedVersion).toArray(Integer[]::new),
                corrections.stream().map(c -> c.after().fullName()).toArray(String[]::new),
                corrections.stream().map(c -> c.after().dateOfBirth()).toArray(String[]::new))
                .addArrayOfString(corrections.stream().map(c -> c.after().gender()).toArray(String[]::new))
                .addArrayOfString(corrections.stream().map(c -> c.after().idNumber()).toArray(String[]::new));
        return connection.preparedQuery(CORRECT).execute(arguments).map(rows -> {
            List<Corrected> corrected = new ArrayList<>(rows.size());
            for (Row row : rows) {
                StoredSubject after = read(row);
                SubjectData before = new SubjectData(after.subjectId(), row.getString(COLUMN_COUNT),
                        row.getString(COLUMN_COUNT + 1), row.getString(COLUMN_COUNT + 2),
                        row.getString(COLUMN_COUNT + 3), after.data().communeCode());
                corrected.add(new Corrected(before, after));
            }
            return corrected;
        });
    }

    /**
     * Registers subjects in the commune they moved to, each only if still at the version expected, in the caller's
     * transaction: a new version of each subject moved (the commune is personal data).
     *
     * @return one entry per subject moved (before: its data in the old commune); one changed meanwhile, or already
     *         registered there, is left out
     */
    public static Uni<List<Corrected>> moveTo(SqlConnection connection, List<Relocation> relocations) {
        if (relocations.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple arguments = Tuple.of(
                relocations.stream().map(Relocation::subjectId).toArray(String[]::new),
                relocations.stream().map(Relocation::expectedVersion).toArray(Integer[]::new),
                relocations.stream().map(Relocation::communeCode).toArray(String[]::new),
                relocations.stream().map(Relocation::provinceCode).toArray(String[]::new));
        return connection.preparedQuery(MOVE).execute(arguments).map(rows -> {
            List<Corrected> moved = new ArrayList<>(rows.size());
            for (Row row : rows) {
                StoredSubject after = read(row);
                SubjectData data = after.data();
                moved.add(new Corrected(new SubjectData(data.subjectId(), data.fullName(), data.dateOfBirth(),
                        data.gender(), data.idNumber(), row.getString(COLUMN_COUNT)), after));
            }
            return moved;
        });
    }

    /** A subject to register in another commune (and its province), if it is still at {@code expectedVersion}. */
    public record Relocation(String subjectId, int expectedVersion, String communeCode, String provinceCode) {
    }

    /** Personal data to write onto a subject, if it is still at {@code expectedVersion}. */
    public record Correction(SubjectData after, int expectedVersion) {
    }

    /** A subject's personal data before a correction, and the subject (new version) after it. */
    public record Corrected(SubjectData before, StoredSubject after) {
    }

    private static List<StoredSubject> subjects(RowSet<Row> rows) {
        List<StoredSubject> subjects = new ArrayList<>(rows.size());
        for (Row row : rows) {
            subjects.add(read(row));
        }
        return subjects;
    }
}
