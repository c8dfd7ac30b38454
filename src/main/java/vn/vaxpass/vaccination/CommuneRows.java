package vn.vaxpass.vaccination;

import java.util.List;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.imports.ImportTable;
import vn.vaxpass.imports.RowReading;
import vn.vaxpass.imports.RowValues;

/**
 * A communes file ({@link CommuneImport#FORMAT}) as rows of {@code commune}, keyed by commune_code. Codes are stored
 * without the white space around them; an empty name is stored as NULL.
 */
final class CommuneRows implements ImportTable {

    static final String LOCK = "vaxpass.import.commune";

    private static final int COMMUNE_CODE = 0;
    private static final int PROVINCE_CODE = 1;
    private static final int NAME = 2;

    /** commune.commune_code is varchar(16); the province code is checked for its two digits. */
    private static final int[] MAX_LENGTHS = {16, RowValues.UNLIMITED, RowValues.UNLIMITED};
    private static final int PROVINCE_CODE_DIGITS = 2;

    @Override
    public CsvFormat format() {
        return CommuneImport.FORMAT;
    }

    @Override
    public String lockName() {
        return LOCK;
    }

    @Override
    public List<String> stagingColumns() {
        return List.of("commune_code", "province_code", "name");
    }

    @Override
    public RowReading read(CsvRow row) {
        int nul = RowValues.firstWithNul(row);
        if (nul >= 0) {
            return RowReading.refused(CommuneRowError.INVALID_CHARACTER, RowValues.nulMessage(column(nul)));
        }
        int tooLong = RowValues.firstTooLong(row, MAX_LENGTHS);
        if (tooLong >= 0) {
            return RowReading.refused(CommuneRowError.VALUE_TOO_LONG,
                    RowValues.tooLongMessage(column(tooLong), MAX_LENGTHS[tooLong]));
        }
        String commune = row.get(COMMUNE_CODE).strip();
        if (commune.isEmpty()) {
            return RowReading.refused(CommuneRowError.MISSING_COMMUNE_CODE, "The commune_code is empty.");
        }
        String province = row.get(PROVINCE_CODE).strip();
        if (!isDigits(province, PROVINCE_CODE_DIGITS)) {
            return RowReading.refused(CommuneRowError.INVALID_PROVINCE_CODE,
                    "The province_code is not the two-digit GSO code of a province, such as 01 for Hà Nội.");
        }
        return RowReading.accepted(commune, province, RowValues.blankToNull(row.get(NAME)));
    }

    @Override
    public List<Rejection> rejections() {
        return List.of(Rejection.duplicates(CommuneRowError.DUPLICATE_COMMUNE_CODE, "commune_code",
                "The commune_code", "a commune"));
    }

    @Override
    public String merge() {
        return """
                WITH merged AS (
                    INSERT INTO commune AS commune (commune_code, province_code, name)
                    SELECT staged.commune_code, staged.province_code, staged.name FROM import_rows staged
                    -- Rows stored as the file has them are left out: ON CONFLICT would lock, and so write, each one.
                    WHERE NOT EXISTS (
                        SELECT 1 FROM commune same
                        WHERE same.commune_code = staged.commune_code
                          AND (same.province_code, same.name) IS NOT DISTINCT FROM (staged.province_code, staged.name))
                    ON CONFLICT (commune_code) DO UPDATE SET
                        province_code = EXCLUDED.province_code, name = EXCLUDED.name
                    -- Checked again on the row as it is now: another transaction may have written it meanwhile.
                    WHERE (commune.province_code, commune.name) IS DISTINCT FROM (EXCLUDED.province_code, EXCLUDED.name)
                    -- xmax is 0 in a row version this statement inserted, the locking transaction's id in one it updated.
                    RETURNING xmax = 0 AS inserted)
                SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
                FROM merged""";
    }

    private static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String column(int index) {
        return format().header().get(index);
    }
}
