package vn.vaxpass.vaccination;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.vaxpass.access.ProvincesToday;
import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.BirthDateError;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.GenderError;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.imports.ImportTable;
import vn.vaxpass.imports.RowReading;
import vn.vaxpass.imports.RowValues;
import vn.vaxpass.subject.SubjectStore;

/**
 * A subjects file ({@link SubjectsFile#FORMAT}) as rows of {@code vaccination_subject}, keyed by subject_id.
 *
 * <p>Personal data is stored exactly as typed, because corrections and the matcher must see what was entered: a
 * malformed ID number is kept (the matcher reports it), and the date of birth and gender are only checked to be
 * readable. An empty id_number or phone is stored as NULL. The commune code is a key, not personal data: it is
 * stored without the white space around it, and gives the subject's province from the commune table.
 *
 * <p>A subject is updated when any stored value differs; its {@code version} and {@code updated_at} move only when
 * personal data changed (name, date of birth, gender, ID number, phone, commune), not when only the commune's
 * province did.
 *
 * <p>Rows of an uploader ({@link #changedBy}) may create subjects, and change only those the uploader reaches as they
 * are stored now: a row with the subject_id of anyone else refuses the whole file ({@link SubjectRowError#SUBJECT_ID_TAKEN}),
 * or a commune's clerk could rewrite, and take over, another commune's people. The check runs in the import's
 * transaction, under its lock: the imports are the only writers of the table's rows, so no subject moves between the
 * check and the merge.
 */
final class SubjectRows implements ImportTable {

    static final String LOCK = "vaxpass.import." + SubjectStore.NAME;

    private static final int SUBJECT_ID = 0;
    private static final int FULL_NAME = 1;
    private static final int DATE_OF_BIRTH = 2;
    private static final int GENDER = 3;
    private static final int ID_NUMBER = 4;
    private static final int PHONE = 5;
    private static final int COMMUNE_CODE = 6;

    /** The varchar limits of vaccination_subject, in file order; full_name is text. */
    private static final int[] MAX_LENGTHS = {64, RowValues.UNLIMITED, 32, 8, 64, 32, 16};

    /** The subject's personal data as stored differs from the file's. */
    private static final String PERSONAL_DATA_CHANGED = "((%s) IS DISTINCT FROM (%s))".formatted(
            SubjectStore.columns("subject", SubjectStore.PERSONAL_DATA),
            SubjectStore.columns("EXCLUDED", SubjectStore.PERSONAL_DATA));

    /** The communes and the provinces whose subjects the rows may change; null when they may change anyone. */
    private final String[] communes;
    private final String[] provinces;

    /** Rows that may create and change any subject: an import by the operators. */
    SubjectRows() {
        this(null, null);
    }

    private SubjectRows(String[] communes, String[] provinces) {
        this.communes = communes;
        this.provinces = provinces;
    }

    /**
     * Rows uploaded by a caller: they may create subjects, and change those of the communes and provinces it reaches.
     * A reach other than the Ministry's, a province's or a commune's changes no one, as {@link Reach} answers no to
     * what it does not name.
     */
    static SubjectRows changedBy(Reach uploader) {
        List<String> communes = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        for (Reach part : uploader.parts()) {
            if (part instanceof Reach.Ministry) {
                return new SubjectRows();
            } else if (part instanceof Reach.Province province) {
                provinces.addAll(ProvincesToday.recordCodesOf(province.provinceCode()));
            } else if (part instanceof Reach.Commune commune) {
                communes.add(commune.communeCode());
            }
        }
        return new SubjectRows(communes.toArray(String[]::new), provinces.toArray(String[]::new));
    }

    @Override
    public CsvFormat format() {
        return SubjectsFile.FORMAT;
    }

    @Override
    public String lockName() {
        return LOCK;
    }

    @Override
    public List<String> stagingColumns() {
        return SubjectStore.TYPED_COLUMNS;
    }

    @Override
    public RowReading read(CsvRow row) {
        int nul = RowValues.firstWithNul(row);
        if (nul >= 0) {
            return RowReading.refused(SubjectRowError.INVALID_CHARACTER, RowValues.nulMessage(column(nul)));
        }
        int tooLong = RowValues.firstTooLong(row, MAX_LENGTHS);
        if (tooLong >= 0) {
            return RowReading.refused(SubjectRowError.VALUE_TOO_LONG,
                    RowValues.tooLongMessage(column(tooLong), MAX_LENGTHS[tooLong]));
        }
        if (row.get(SUBJECT_ID).isBlank()) {
            return RowReading.refused(SubjectRowError.MISSING_SUBJECT_ID, "The subject_id is empty.");
        }
        if (row.get(FULL_NAME).isBlank()) {
            return RowReading.refused(SubjectRowError.MISSING_NAME, "The full_name is empty.");
        }
        ParseResult<BirthDate, BirthDateError> birth = BirthDate.parse(row.get(DATE_OF_BIRTH));
        if (!birth.isValid()) {
            return RowReading.refused(SubjectRowError.INVALID_DATE_OF_BIRTH, "The date_of_birth is not a date ("
                    + birth.error().orElseThrow() + "): write DD/MM/YYYY, or YYYY when only the year is known.");
        }
        ParseResult<Gender, GenderError> gender = Gender.parse(row.get(GENDER));
        if (!gender.isValid()) {
            return RowReading.refused(SubjectRowError.INVALID_GENDER,
                    "The gender is not Nam, Nữ, M or F (" + gender.error().orElseThrow() + ").");
        }
        String commune = row.get(COMMUNE_CODE).strip();
        if (commune.isEmpty()) {
            return RowReading.refused(SubjectRowError.MISSING_COMMUNE, "The commune_code is empty.");
        }
        return RowReading.accepted(row.get(SUBJECT_ID), row.get(FULL_NAME), row.get(DATE_OF_BIRTH),
                row.get(GENDER), RowValues.blankToNull(row.get(ID_NUMBER)), RowValues.blankToNull(row.get(PHONE)),
                commune);
    }

    @Override
    public List<Rejection> rejections() {
        List<Rejection> rejections = new ArrayList<>();
        if (communes != null) {
            rejections.add(takenOutsideReach());
        }
        rejections.addAll(List.of(
                Rejection.duplicates(SubjectRowError.DUPLICATE_SUBJECT_ID, "subject_id", "The subject_id",
                        "a subject"),
                new Rejection(SubjectRowError.UNKNOWN_COMMUNE, """
                        SELECT staged.line, 'The commune_code is not in the commune list, so the subject''s'
                               || ' province is unknown. Check the code, or ask for the commune list to be'
                               || ' updated.' AS message
                        FROM import_rows staged
                        WHERE NOT EXISTS (SELECT 1 FROM commune WHERE commune.commune_code = staged.commune_code)""")));
        return rejections;
    }

    /**
     * Rows with the id of a stored subject whom the uploader does not reach where it lives now, whatever the row holds:
     * the answer is the same whether or not the row would change that subject, and names neither the subject nor its
     * commune. The stored commune is read as it is today ({@code commune_successor}): a subject recorded under an old
     * code merged into the uploader's commune is the uploader's, and its province is that commune's.
     */
    private Rejection takenOutsideReach() {
        return new Rejection(SubjectRowError.SUBJECT_ID_TAKEN, """
                SELECT staged.line, 'This subject_id is already in use, so nothing of this file was imported. Give'
                       || ' this person another subject_id; if they are already registered elsewhere, ask your'
                       || ' province''s health department to move them to you.' AS message
                FROM import_rows staged JOIN %s subject ON subject.subject_id = staged.subject_id
                LEFT JOIN commune_successor successor ON successor.old_code = subject.commune_code
                LEFT JOIN commune today ON today.commune_code = COALESCE(successor.current_code, subject.commune_code)
                -- IS NOT TRUE: a stored code that is NULL is reached by no one.
                WHERE (COALESCE(successor.current_code, subject.commune_code) = ANY($2::text[])
                       OR COALESCE(today.province_code, subject.province_code) = ANY($3::text[]))
                      IS NOT TRUE""".formatted(SubjectStore.NAME), List.of(communes, provinces), true);
    }

    @Override
    public String merge() {
        // The stored columns are named by the subjects store; staged rows have the typed ones under the same names.
        return """
                WITH merged AS (
                    INSERT INTO %1$s AS subject (%2$s, province_code)
                    SELECT %3$s, commune.province_code
                    FROM import_rows staged JOIN commune ON commune.commune_code = staged.commune_code
                    -- Rows stored as the file has them are left out: ON CONFLICT would lock, and so write, each one.
                    WHERE NOT EXISTS (
                        SELECT 1 FROM %1$s same
                        WHERE same.subject_id = staged.subject_id
                          AND (%4$s, same.province_code)
                              IS NOT DISTINCT FROM
                              (%5$s, commune.province_code))
                    ON CONFLICT (subject_id) DO UPDATE SET
                        %6$s, province_code = EXCLUDED.province_code,
                        version = subject.version + CASE WHEN %7$s THEN 1 ELSE 0 END,
                        updated_at = CASE WHEN %7$s THEN now() ELSE subject.updated_at END
                    -- Checked again on the row as it is now: another transaction may have written it meanwhile.
                    WHERE %7$s OR subject.province_code IS DISTINCT FROM EXCLUDED.province_code
                    -- xmax is 0 in a row version this statement inserted, the locking transaction's id in one it updated.
                    RETURNING xmax = 0 AS inserted)
                SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
                FROM merged""".formatted(SubjectStore.NAME, String.join(", ", SubjectStore.TYPED_COLUMNS),
                SubjectStore.columns("staged", SubjectStore.TYPED_COLUMNS),
                SubjectStore.columns("same", SubjectStore.PERSONAL_DATA),
                SubjectStore.columns("staged", SubjectStore.PERSONAL_DATA),
                SubjectStore.PERSONAL_DATA.stream().map(column -> column + " = EXCLUDED." + column)
                        .collect(Collectors.joining(", ")),
                PERSONAL_DATA_CHANGED);
    }

    private String column(int index) {
        return format().header().get(index);
    }
}
