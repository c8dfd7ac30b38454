package vn.vaxpass.vaccination;

import java.util.List;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.imports.ImportTable;
import vn.vaxpass.imports.RowReading;
import vn.vaxpass.imports.RowValues;

/**
 * A commune-successors file ({@link CommuneSuccessorImport#FORMAT}) as rows of {@code commune_successor}, keyed by
 * the old code. The current commune must be in the commune list and must not itself be mapped: one step to today's.
 */
final class CommuneSuccessorRows implements ImportTable {

    static final String LOCK = "vaxpass.import.commune_successor";

    private static final int OLD_CODE = 0;
    private static final int CURRENT_CODE = 1;

    /** Both columns are commune codes, varchar(16) as commune.commune_code. */
    private static final int[] MAX_LENGTHS = {16, 16};

    @Override
    public CsvFormat format() {
        return CommuneSuccessorImport.FORMAT;
    }

    @Override
    public String lockName() {
        return LOCK;
    }

    @Override
    public List<String> stagingColumns() {
        return List.of("old_code", "current_code");
    }

    @Override
    public RowReading read(CsvRow row) {
        int nul = RowValues.firstWithNul(row);
        if (nul >= 0) {
            return RowReading.refused(CommuneSuccessorRowError.INVALID_CHARACTER, RowValues.nulMessage(column(nul)));
        }
        int tooLong = RowValues.firstTooLong(row, MAX_LENGTHS);
        if (tooLong >= 0) {
            return RowReading.refused(CommuneSuccessorRowError.VALUE_TOO_LONG,
                    RowValues.tooLongMessage(column(tooLong), MAX_LENGTHS[tooLong]));
        }
        String old = row.get(OLD_CODE).strip();
        String current = row.get(CURRENT_CODE).strip();
        if (old.isEmpty() || current.isEmpty()) {
            return RowReading.refused(CommuneSuccessorRowError.MISSING_COMMUNE_CODE,
                    "Both old_commune_code and current_commune_code are needed.");
        }
        if (old.equals(current)) {
            return RowReading.refused(CommuneSuccessorRowError.SAME_COMMUNE,
                    "The old and the current commune are the same: a commune that was not merged needs no line.");
        }
        return RowReading.accepted(old, current);
    }

    @Override
    public List<Rejection> rejections() {
        return List.of(
                Rejection.duplicates(CommuneSuccessorRowError.DUPLICATE_OLD_CODE, "old_code", "The old_commune_code",
                        "an old commune"),
                new Rejection(CommuneSuccessorRowError.UNKNOWN_CURRENT_COMMUNE, """
                        SELECT staged.line, 'The current_commune_code is not in the commune list; import communes.csv'
                               || ' with it first.' AS message
                        FROM import_rows staged
                        WHERE NOT EXISTS (SELECT 1 FROM commune c WHERE c.commune_code = staged.current_code)"""),
                new Rejection(CommuneSuccessorRowError.CURRENT_COMMUNE_MERGED, """
                        SELECT staged.line, 'The current_commune_code is itself an old code of this file or of the'
                               || ' directory: give the commune it belongs to today.' AS message
                        FROM import_rows staged
                        WHERE EXISTS (SELECT 1 FROM import_rows other WHERE other.old_code = staged.current_code)
                           OR EXISTS (SELECT 1 FROM commune_successor s WHERE s.old_code = staged.current_code)"""));
    }

    @Override
    public String merge() {
        return """
                WITH merged AS (
                    INSERT INTO commune_successor AS successor (old_code, current_code)
                    SELECT staged.old_code, staged.current_code FROM import_rows staged
                    WHERE NOT EXISTS (SELECT 1 FROM commune_successor same
                                      WHERE same.old_code = staged.old_code AND same.current_code = staged.current_code)
                    ON CONFLICT (old_code) DO UPDATE SET current_code = EXCLUDED.current_code
                    WHERE successor.current_code IS DISTINCT FROM EXCLUDED.current_code
                    RETURNING xmax = 0 AS inserted)
                SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
                FROM merged""";
    }

    private String column(int index) {
        return format().header().get(index);
    }
}
