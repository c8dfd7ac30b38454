package vn.vaxpass.imports;

import java.util.List;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;

/**
 * What one kind of CSV file needs to be loaded into its table by {@link StagedCsvImport}: how a row is read and
 * checked, the staging columns, the checks across rows, and the statement that merges the staged rows.
 *
 * <p>SQL of an implementation reads the staged rows from the temporary table {@value #STAGED_ROWS}: a column
 * {@code line} (the row's line in the file) and then {@link #stagingColumns()}, all {@code text}.
 */
public interface ImportTable {

    /** The temporary table of one import's accepted rows. */
    String STAGED_ROWS = "import_rows";

    CsvFormat format();

    /**
     * Imports of one table run one at a time: the name of the transaction's advisory lock. Two imports of one table
     * at once would otherwise wait on each other's rows row by row, or both insert the same new key.
     */
    String lockName();

    /** The staging columns after {@code line}; the first holds the row's key (the report's key column). */
    List<String> stagingColumns();

    /** One row read and checked on its own; a refused row goes to the report and is not staged. */
    RowReading read(CsvRow row);

    /** Checks across staged rows or against the database, run in this order; each refused row leaves the stage. */
    List<Rejection> rejections();

    /**
     * One statement that merges the staged rows into the table, inserting new keys and updating only rows whose
     * values differ, and returns one row with the bigint columns {@code inserted} and {@code updated}.
     */
    String merge();

    /**
     * Staged rows refused with one code.
     *
     * @param code        the code the report gives them
     * @param select      a query of {@value #STAGED_ROWS} returning {@code line} and {@code message} (for the clerk,
     *                    quoting no value of the row) of each row to refuse, each line once; it reads its
     *                    parameters as {@code $2}, {@code $3}... ({@code $1} is the code)
     * @param parameters  the values of {@code $2}, {@code $3}... in order (a {@code String[]} for a {@code text[]})
     * @param refusesFile true when one such row refuses the whole file ({@link ImportStatus#KEY_TAKEN}), as a row
     *                    the importer may not write does: skipping it alone would apply a file its clerk did not
     *                    mean to apply
     */
    record Rejection(Enum<?> code, String select, List<Object> parameters, boolean refusesFile) {

        public Rejection {
            parameters = List.copyOf(parameters);
        }

        /** Rows skipped, the others applied. */
        public Rejection(Enum<?> code, String select) {
            this(code, select, List.of(), false);
        }

        /**
         * Every row whose key column appears on more than one line: which of them is right is unknown, so none is
         * applied and the report names them all.
         *
         * @param column the staging column holding the key; NULL never counts as a duplicate
         * @param what   how the clerk calls the column, as the message's subject: "The subject_id"
         * @param unit   what one key stands for: "a subject"
         */
        public static Rejection duplicates(Enum<?> code, String column, String what, String unit) {
            return new Rejection(code, """
                    SELECT staged.line, '%1$s is on ' || keys.lines || ' lines of the file (first on line '
                           || keys.first_line || '), but %2$s appears once per file. None of these lines was'
                           || ' imported.' AS message
                    FROM %3$s staged
                    JOIN (SELECT %4$s, count(*) AS lines, min(line) AS first_line FROM %3$s
                          WHERE %4$s IS NOT NULL GROUP BY %4$s HAVING count(*) > 1) keys
                      ON keys.%4$s = staged.%4$s""".formatted(what, unit, STAGED_ROWS, column));
        }
    }
}
