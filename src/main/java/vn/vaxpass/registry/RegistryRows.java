package vn.vaxpass.registry;

import java.util.List;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.BirthDateError;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.GenderError;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberKind;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.IdNumberStatus;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

import vn.vaxpass.imports.ImportTable;
import vn.vaxpass.imports.RowReading;
import vn.vaxpass.imports.RowValues;
/**
 * A registry extract ({@link RegistryExtract#FORMAT}) as rows of {@code registry_person}, keyed by id_number. The
 * registry is the reference the matcher checks against, so its rows are stored normalised: ID numbers as their
 * digits, the date of birth as {@code YYYY-MM-DD} or {@code YYYY}, gender as {@code M} or {@code F}, and the name as
 * written with its comparison keys ({@code name_key}, {@code ascii_key}) and {@code birth_year} derived here. The
 * commune is not checked against the commune table: the registry is the authority on where people live, and may
 * know a commune before our table does.
 */
final class RegistryRows implements ImportTable {

    static final String LOCK = "vaxpass.import.registry_person";

    private static final int ID_NUMBER = 0;
    private static final int OLD_ID_NUMBER = 1;
    private static final int FULL_NAME = 2;
    private static final int DATE_OF_BIRTH = 3;
    private static final int GENDER = 4;
    private static final int COMMUNE_CODE = 5;

    /** registry_person.commune_code is varchar(16); the other columns are normalised to fit. */
    private static final int[] MAX_LENGTHS = {
        RowValues.UNLIMITED, RowValues.UNLIMITED, RowValues.UNLIMITED, RowValues.UNLIMITED, RowValues.UNLIMITED, 16};

    @Override
    public CsvFormat format() {
        return RegistryExtract.FORMAT;
    }

    @Override
    public String lockName() {
        return LOCK;
    }

    @Override
    public List<String> stagingColumns() {
        return List.of("id_number", "old_id_number", "full_name", "name_key", "ascii_key", "date_of_birth",
                "birth_year", "gender", "commune_code");
    }

    @Override
    public RowReading read(CsvRow row) {
        int nul = RowValues.firstWithNul(row);
        if (nul >= 0) {
            return RowReading.refused(RegistryRowError.INVALID_CHARACTER, RowValues.nulMessage(column(nul)));
        }
        int tooLong = RowValues.firstTooLong(row, MAX_LENGTHS);
        if (tooLong >= 0) {
            return RowReading.refused(RegistryRowError.VALUE_TOO_LONG,
                    RowValues.tooLongMessage(column(tooLong), MAX_LENGTHS[tooLong]));
        }
        IdNumberReading id = IdNumber.parse(row.get(ID_NUMBER));
        if (!isKind(id, IdNumberKind.CCCD)) {
            return RowReading.refused(RegistryRowError.INVALID_ID_NUMBER, idNumberProblem(id));
        }
        String oldIdText = RowValues.blankToNull(row.get(OLD_ID_NUMBER));
        IdNumberReading oldId = oldIdText == null ? null : IdNumber.parse(oldIdText);
        if (oldId != null && !isKind(oldId, IdNumberKind.CMND)) {
            return RowReading.refused(RegistryRowError.INVALID_OLD_ID_NUMBER,
                    "The old_id_number is neither empty nor a 9-digit ID card number.");
        }
        String name = row.get(FULL_NAME);
        if (name.isBlank()) {
            return RowReading.refused(RegistryRowError.MISSING_NAME, "The full_name is empty.");
        }
        ParseResult<BirthDate, BirthDateError> birth = BirthDate.parse(row.get(DATE_OF_BIRTH));
        if (!birth.isValid()) {
            return RowReading.refused(RegistryRowError.INVALID_DATE_OF_BIRTH, "The date_of_birth is not a date ("
                    + birth.error().orElseThrow() + "): write YYYY-MM-DD, or YYYY when only the year is known.");
        }
        ParseResult<Gender, GenderError> gender = Gender.parse(row.get(GENDER));
        if (!gender.isValid()) {
            return RowReading.refused(RegistryRowError.INVALID_GENDER,
                    "The gender is not M or F (" + gender.error().orElseThrow() + ").");
        }
        String commune = row.get(COMMUNE_CODE).strip();
        if (commune.isEmpty()) {
            return RowReading.refused(RegistryRowError.MISSING_COMMUNE, "The commune_code is empty.");
        }
        BirthDate date = birth.value().orElseThrow();
        return RowReading.accepted(id.digits().orElseThrow(), oldId == null ? null : oldId.digits().orElseThrow(),
                name, VietnameseNameCanonicalizer.canonicalForm(name),
                VietnameseNameCanonicalizer.diacriticsFreeKey(name), date.toString(), Integer.toString(date.year()),
                RegistryGenderCode.of(gender.value().orElseThrow()), commune);
    }

    @Override
    public List<Rejection> rejections() {
        return List.of(
                Rejection.duplicates(RegistryRowError.DUPLICATE_ID_NUMBER, "id_number", "The id_number", "a person"),
                Rejection.duplicates(RegistryRowError.DUPLICATE_OLD_ID_NUMBER, "old_id_number", "The old_id_number",
                        "a person"),
                // Conservative: also when that person's own row in this file gives them another old number. A swap
                // of numbers between two people takes two imports; it would fail the unique constraint in one.
                new Rejection(RegistryRowError.OLD_ID_NUMBER_TAKEN, """
                        SELECT staged.line, 'The old_id_number belongs to another person of the registry: a number'
                               || ' is one person''s.' AS message
                        FROM import_rows staged
                        JOIN registry_person person ON person.old_id_number = staged.old_id_number
                        WHERE person.id_number <> staged.id_number"""));
    }

    @Override
    public String merge() {
        return """
                WITH merged AS (
                    INSERT INTO registry_person AS person (id_number, old_id_number, full_name, name_key, ascii_key,
                                                           date_of_birth, birth_year, gender, commune_code)
                    SELECT staged.id_number, staged.old_id_number, staged.full_name, staged.name_key,
                           staged.ascii_key, staged.date_of_birth, staged.birth_year::smallint, staged.gender,
                           staged.commune_code
                    FROM import_rows staged
                    -- Rows stored as the file has them are left out: ON CONFLICT would lock, and so write, each one.
                    WHERE NOT EXISTS (
                        SELECT 1 FROM registry_person same
                        WHERE same.id_number = staged.id_number
                          AND (same.old_id_number, same.full_name, same.name_key, same.ascii_key, same.date_of_birth,
                               same.birth_year, same.gender, same.commune_code)
                              IS NOT DISTINCT FROM
                              (staged.old_id_number, staged.full_name, staged.name_key, staged.ascii_key,
                               staged.date_of_birth, staged.birth_year::smallint, staged.gender, staged.commune_code))
                    ON CONFLICT (id_number) DO UPDATE SET
                        old_id_number = EXCLUDED.old_id_number, full_name = EXCLUDED.full_name,
                        name_key = EXCLUDED.name_key, ascii_key = EXCLUDED.ascii_key,
                        date_of_birth = EXCLUDED.date_of_birth, birth_year = EXCLUDED.birth_year,
                        gender = EXCLUDED.gender, commune_code = EXCLUDED.commune_code
                    -- Checked again on the row as it is now: another transaction may have written it meanwhile.
                    WHERE (person.old_id_number, person.full_name, person.name_key, person.ascii_key,
                           person.date_of_birth, person.birth_year, person.gender, person.commune_code)
                          IS DISTINCT FROM
                          (EXCLUDED.old_id_number, EXCLUDED.full_name, EXCLUDED.name_key, EXCLUDED.ascii_key,
                           EXCLUDED.date_of_birth, EXCLUDED.birth_year, EXCLUDED.gender, EXCLUDED.commune_code)
                    -- xmax is 0 in a row version this statement inserted, the locking transaction's id in one it updated.
                    RETURNING xmax = 0 AS inserted)
                SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
                FROM merged""";
    }

    private static String idNumberProblem(IdNumberReading id) {
        if (id.status() == IdNumberStatus.MISSING) {
            return "The id_number is empty.";
        }
        if (id.isWellFormed()) {
            return "The id_number has 9 digits: an ID card number goes in old_id_number, the 12-digit personal ID"
                    + " number in id_number.";
        }
        return "The id_number is not a 12-digit personal ID number (" + id.defect().orElseThrow() + ").";
    }

    private static boolean isKind(IdNumberReading reading, IdNumberKind kind) {
        return reading.isWellFormed() && reading.kind().orElseThrow() == kind;
    }

    private String column(int index) {
        return format().header().get(index);
    }
}
