package vn.vaxpass.vaccination;

import java.time.LocalDate;
import java.util.List;

import vn.vaxpass.certificate.schema.ValueSet;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.BirthDateError;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.imports.ImportTable;
import vn.vaxpass.imports.RowReading;
import vn.vaxpass.imports.RowValues;
import vn.vaxpass.subject.SubjectStore;

/**
 * A doses file ({@link DosesFile#FORMAT}) as rows of {@code dose}, keyed by subject_id and dose_number. (Not
 * {@code confirmation.DoseStore}, which reads stored doses with their confirmations.)
 *
 * <p>Everything a certificate carries is checked here, so that a dose that lands can be certified: numbers are whole
 * and positive, the day is a full date read as clerks write dates (DD/MM/YYYY, D/M/YYYY, with {@code /}, {@code -} or
 * {@code .}, or ISO YYYY-MM-DD) between the first COVID-19 vaccinations and today, and the three codes are in their EU
 * value sets. Numbers are stored as numbers, the day as a date; codes, lot and facility without the white space
 * around them (they are keys and codes, not personal data); the subject_id exactly as typed, as the subject import
 * stores it. An empty lot is stored as NULL.
 *
 * <p>A dose is updated when any stored value differs; its row id stays, so its confirmations stay attached and, their
 * hash no longer matching, no longer count.
 */
final class DoseImportRows implements ImportTable {

    static final String LOCK = "vaxpass.import.dose";

    /** Doses numbered above this are a typing error: no COVID-19 schedule came near it. */
    static final int MAX_DOSE_NUMBER = 99;

    /**
     * No COVID-19 vaccine was authorised anywhere before December 2020 (the first, BNT162b2 in the United Kingdom,
     * on 2 December 2020); Viet Nam began on 8 March 2021.
     */
    static final LocalDate FIRST_VACCINATION_DAY = LocalDate.of(2020, 12, 1);

    private static final int SUBJECT_ID = 0;
    private static final int DOSE_NUMBER = 1;
    private static final int TOTAL_DOSES = 2;
    private static final int VACCINATED_ON = 3;
    private static final int PRODUCT = 4;
    private static final int MANUFACTURER = 5;
    private static final int PROPHYLAXIS = 6;
    private static final int LOT = 7;
    private static final int FACILITY_CODE = 8;

    /** The varchar limits of dose, in file order; numbers and the date are read, not stored as typed. */
    private static final int[] MAX_LENGTHS = {64, RowValues.UNLIMITED, RowValues.UNLIMITED, RowValues.UNLIMITED, 32,
        32, 32, 64, 32};

    /** The stored dose differs from the staged one in something a certificate or a confirmation covers. */
    private static final String CONTENT_CHANGED = """
            ((dose.total_doses, dose.vaccinated_on, dose.product, dose.manufacturer, dose.prophylaxis, dose.lot,
              dose.facility_code)
             IS DISTINCT FROM
             (EXCLUDED.total_doses, EXCLUDED.vaccinated_on, EXCLUDED.product, EXCLUDED.manufacturer,
              EXCLUDED.prophylaxis, EXCLUDED.lot, EXCLUDED.facility_code))""";

    private final ValueSets valueSets;
    private final LocalDate today;

    /** @param today the last day a dose may have been given: today in Viet Nam */
    DoseImportRows(ValueSets valueSets, LocalDate today) {
        this.valueSets = valueSets;
        this.today = today;
    }

    @Override
    public CsvFormat format() {
        return DosesFile.FORMAT;
    }

    @Override
    public String lockName() {
        return LOCK;
    }

    @Override
    public List<String> stagingColumns() {
        return List.of("subject_id", "dose_number", "total_doses", "vaccinated_on", "product", "manufacturer",
                "prophylaxis", "lot", "facility_code");
    }

    @Override
    public RowReading read(CsvRow row) {
        int nul = RowValues.firstWithNul(row);
        if (nul >= 0) {
            return RowReading.refused(DoseRowError.INVALID_CHARACTER, RowValues.nulMessage(column(nul)));
        }
        int tooLong = RowValues.firstTooLong(row, MAX_LENGTHS);
        if (tooLong >= 0) {
            return RowReading.refused(DoseRowError.VALUE_TOO_LONG,
                    RowValues.tooLongMessage(column(tooLong), MAX_LENGTHS[tooLong]));
        }
        if (row.get(SUBJECT_ID).isBlank()) {
            return RowReading.refused(DoseRowError.MISSING_SUBJECT_ID, "The subject_id is empty.");
        }
        int doseNumber = doseCount(row.get(DOSE_NUMBER));
        if (doseNumber == 0) {
            return RowReading.refused(DoseRowError.INVALID_DOSE_NUMBER,
                    "The dose_number is not a whole number from 1 to " + MAX_DOSE_NUMBER + ".");
        }
        int totalDoses = doseCount(row.get(TOTAL_DOSES));
        if (totalDoses == 0) {
            return RowReading.refused(DoseRowError.INVALID_TOTAL_DOSES,
                    "The total_doses is not a whole number from 1 to " + MAX_DOSE_NUMBER + ".");
        }
        ParseResult<BirthDate, BirthDateError> date = BirthDate.parse(row.get(VACCINATED_ON));
        LocalDate day = date.value().flatMap(BirthDate::toLocalDate).orElse(null);
        if (day == null) {
            String why = date.isValid() ? "a year alone" : date.error().orElseThrow().name();
            return RowReading.refused(DoseRowError.INVALID_VACCINATION_DATE, "The vaccinated_on is not a day (" + why
                    + "): write DD/MM/YYYY or YYYY-MM-DD.");
        }
        if (day.isBefore(FIRST_VACCINATION_DAY) || day.isAfter(today)) {
            return RowReading.refused(DoseRowError.VACCINATION_DATE_OUT_OF_RANGE, "The vaccinated_on is before "
                    + FIRST_VACCINATION_DAY + ", when no COVID-19 vaccine was given yet, or after today: check the"
                    + " day, month and year.");
        }
        String product = row.get(PRODUCT).strip();
        if (!valueSets.contains(ValueSet.VACCINE_MEDICINAL_PRODUCT, product)) {
            return RowReading.refused(DoseRowError.UNKNOWN_PRODUCT, unknownCode("product",
                    ValueSet.VACCINE_MEDICINAL_PRODUCT, "EU/1/20/1528"));
        }
        String manufacturer = row.get(MANUFACTURER).strip();
        if (!valueSets.contains(ValueSet.VACCINE_MANUFACTURER, manufacturer)) {
            return RowReading.refused(DoseRowError.UNKNOWN_MANUFACTURER, unknownCode("manufacturer",
                    ValueSet.VACCINE_MANUFACTURER, "ORG-100030215"));
        }
        String prophylaxis = row.get(PROPHYLAXIS).strip();
        if (!valueSets.contains(ValueSet.VACCINE_PROPHYLAXIS, prophylaxis)) {
            return RowReading.refused(DoseRowError.UNKNOWN_PROPHYLAXIS, unknownCode("prophylaxis",
                    ValueSet.VACCINE_PROPHYLAXIS, "J07BX03"));
        }
        String facility = row.get(FACILITY_CODE).strip();
        if (facility.isEmpty()) {
            return RowReading.refused(DoseRowError.MISSING_FACILITY, "The facility_code is empty.");
        }
        return RowReading.accepted(row.get(SUBJECT_ID), Integer.toString(doseNumber), Integer.toString(totalDoses),
                day.toString(), product, manufacturer, prophylaxis, RowValues.blankToNull(row.get(LOT).strip()),
                facility);
    }

    @Override
    public List<Rejection> rejections() {
        return List.of(
                new Rejection(DoseRowError.DUPLICATE_DOSE, """
                        SELECT staged.line, 'This dose (subject_id and dose_number) is on ' || keys.lines
                               || ' lines of the file (first on line ' || keys.first_line || '), but a dose appears'
                               || ' once per file. None of these lines was imported.' AS message
                        FROM import_rows staged
                        JOIN (SELECT subject_id, dose_number, count(*) AS lines, min(line) AS first_line
                              FROM import_rows GROUP BY subject_id, dose_number HAVING count(*) > 1) keys
                          ON keys.subject_id = staged.subject_id AND keys.dose_number = staged.dose_number"""),
                new Rejection(DoseRowError.UNKNOWN_SUBJECT, """
                        SELECT staged.line, 'The subject_id is not among the vaccination subjects. Import the'
                               || ' subjects file first, or check the subject_id.' AS message
                        FROM import_rows staged
                        WHERE NOT %s""".formatted(SubjectStore.exists("staged.subject_id"))));
    }

    @Override
    public String merge() {
        return """
                WITH merged AS (
                    INSERT INTO dose AS dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,
                                              manufacturer, prophylaxis, lot, facility_code)
                    SELECT nextval('dose_seq'), staged.subject_id, staged.dose_number::smallint,
                           staged.total_doses::smallint, staged.vaccinated_on::date, staged.product,
                           staged.manufacturer, staged.prophylaxis, staged.lot, staged.facility_code
                    FROM import_rows staged
                    -- Rows stored as the file has them are left out: ON CONFLICT would lock, and so write, each one.
                    WHERE NOT EXISTS (
                        SELECT 1 FROM dose same
                        WHERE same.subject_id = staged.subject_id AND same.dose_number = staged.dose_number::smallint
                          AND (same.total_doses, same.vaccinated_on, same.product, same.manufacturer,
                               same.prophylaxis, same.lot, same.facility_code)
                              IS NOT DISTINCT FROM
                              (staged.total_doses::smallint, staged.vaccinated_on::date, staged.product,
                               staged.manufacturer, staged.prophylaxis, staged.lot, staged.facility_code))
                    ON CONFLICT (subject_id, dose_number) DO UPDATE SET
                        total_doses = EXCLUDED.total_doses, vaccinated_on = EXCLUDED.vaccinated_on,
                        product = EXCLUDED.product, manufacturer = EXCLUDED.manufacturer,
                        prophylaxis = EXCLUDED.prophylaxis, lot = EXCLUDED.lot, facility_code = EXCLUDED.facility_code
                    -- Checked again on the row as it is now: another transaction may have written it meanwhile.
                    WHERE %s
                    -- xmax is 0 in a row version this statement inserted, the locking transaction's id in one it updated.
                    RETURNING xmax = 0 AS inserted)
                SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
                FROM merged""".formatted(CONTENT_CHANGED);
    }

    /** 1 to {@link #MAX_DOSE_NUMBER} from ASCII digits (white space around them ignored), or 0 for anything else. */
    private static int doseCount(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 2) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + c - '0';
        }
        return value <= MAX_DOSE_NUMBER ? value : 0;
    }

    private static String unknownCode(String column, ValueSet set, String example) {
        return "The " + column + " is not a code of the EU value set " + set.resource() + " (for example "
                + example + ").";
    }

    private String column(int index) {
        return format().header().get(index);
    }
}
