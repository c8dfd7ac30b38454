package vn.vaxpass.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.vertx.mutiny.sqlclient.Cursor;
import io.vertx.mutiny.sqlclient.PreparedStatement;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.csv.CsvErrorReport;

/**
 * The staging tables of one import, inside its transaction: accepted rows in {@value ImportTable#STAGED_ROWS}, refused
 * ones in {@value #ROW_ERRORS}, both dropped at commit or rollback. Rows are sent a batch at a time as arrays
 * ({@code INSERT ... SELECT * FROM UNNEST($1::bigint[], $2::text[], ...)}), one batch in flight while the next is
 * read, so memory holds two batches whatever the size of the file. One per import; not thread-safe.
 */
final class Staging {

    static final String ROW_ERRORS = "import_row_errors";

    private static final int REPORT_PAGE_ROWS = 1_000;

    /**
     * Memory for one sort or hash of this transaction: the checks across rows and the merge hash millions of staged
     * rows, which PostgreSQL's default (4 MB) would spill to disk in many passes.
     */
    private static final String WORK_MEM = "64MB";

    private final SqlConnection connection;
    private final ImportTable table;
    private final int batchRows;
    private final String insertRows;
    private final String insertErrors;

    private Batch rows;
    private Batch errors;
    private CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);
    private long errorCount;
    private long refusingFile;

    Staging(SqlConnection connection, ImportTable table, int batchRows) {
        this.connection = connection;
        this.table = table;
        this.batchRows = batchRows;
        this.insertRows = unnestInsert(ImportTable.STAGED_ROWS, table.stagingColumns().size());
        this.insertErrors = unnestInsert(ROW_ERRORS, 3);
        this.rows = new Batch(table.stagingColumns().size(), batchRows);
        this.errors = new Batch(3, batchRows);
    }

    /** Waits for the imports of this table before it and creates the staging tables. */
    void create() {
        connection.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))")
                .executeAndAwait(Tuple.of(table.lockName()));
        execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
        StringBuilder columns = new StringBuilder();
        for (String column : table.stagingColumns()) {
            columns.append(", ").append(column).append(" text");
        }
        execute("CREATE TEMPORARY TABLE " + ImportTable.STAGED_ROWS + " (line bigint NOT NULL" + columns
                + ") ON COMMIT DROP");
        execute("CREATE TEMPORARY TABLE " + ROW_ERRORS
                + " (line bigint NOT NULL, code text NOT NULL, key text, message text NOT NULL) ON COMMIT DROP");
    }

    void add(long line, String[] values) {
        if (rows.add(line, values)) {
            send(insertRows, rows);
            rows = new Batch(rows.columns.length, batchRows);
        }
    }

    void addError(long line, String code, String key, String message) {
        errorCount++;
        if (errors.add(line, new String[] {code, key, message})) {
            send(insertErrors, errors);
            errors = new Batch(errors.columns.length, batchRows);
        }
    }

    /** Sends what is left and waits until every row is staged; then gives the planner the stage's statistics. */
    void finish() {
        if (rows.size > 0) {
            send(insertRows, rows);
        }
        if (errors.size > 0) {
            send(insertErrors, errors);
        }
        awaitInFlight();
        execute("ANALYZE " + ImportTable.STAGED_ROWS);
    }

    /** Runs the table's checks across rows; refused rows move from the stage to the errors. */
    void reject() {
        for (ImportTable.Rejection rejection : table.rejections()) {
            String statement = """
                    WITH found AS (%1$s),
                         refused AS (DELETE FROM %2$s staged USING found WHERE staged.line = found.line
                                     RETURNING staged.line, staged.%3$s AS key, found.message)
                    INSERT INTO %4$s (line, code, key, message) SELECT line, $1, key, message FROM refused"""
                    .formatted(rejection.select(), ImportTable.STAGED_ROWS, table.stagingColumns().get(0), ROW_ERRORS);
            Tuple parameters = Tuple.of(rejection.code().name());
            rejection.parameters().forEach(parameters::addValue);
            int refused = connection.preparedQuery(statement).executeAndAwait(parameters).rowCount();
            errorCount += refused;
            if (rejection.refusesFile()) {
                refusingFile += refused;
            }
        }
    }

    /** Rows refused by a check whose rows refuse the whole file. */
    long refusingFile() {
        return refusingFile;
    }

    /** @return the rows inserted and the rows updated */
    long[] merge() {
        Row counts = connection.query(table.merge()).executeAndAwait().iterator().next();
        return new long[] {counts.getLong("inserted"), counts.getLong("updated")};
    }

    /** Rows refused so far, by the reading of each row and by the checks across rows. */
    long errorCount() {
        return errorCount;
    }

    /** Writes every refused row to the report in line order, a page at a time. */
    void writeErrors(CsvErrorReport report) throws IOException {
        PreparedStatement statement = connection.prepareAndAwait(
                "SELECT line, code, key, message FROM " + ROW_ERRORS + " ORDER BY line");
        try {
            Cursor cursor = statement.cursor();
            do {
                RowSet<Row> page = cursor.readAndAwait(REPORT_PAGE_ROWS);
                for (Row row : page) {
                    report.add(row.getLong("line"), row.getString("code"), row.getString("key"),
                            row.getString("message"));
                }
            } while (cursor.hasMore()); // known only after a read
            cursor.closeAndAwait();
        } finally {
            statement.closeAndAwait();
        }
    }

    private void execute(String sql) {
        connection.query(sql).executeAndAwait();
    }

    /** Sends one batch once the one before it is stored: a failure of either surfaces here or in {@link #finish}. */
    private void send(String insert, Batch batch) {
        awaitInFlight();
        inFlight = connection.preparedQuery(insert).execute(batch.tuple()).subscribeAsCompletionStage();
    }

    private void awaitInFlight() {
        try {
            inFlight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String unnestInsert(String into, int columns) {
        StringBuilder arrays = new StringBuilder("$1::bigint[]");
        for (int i = 2; i <= columns + 1; i++) {
            arrays.append(", $").append(i).append("::text[]");
        }
        return "INSERT INTO " + into + " SELECT * FROM UNNEST(" + arrays + ")";
    }

    /** One batch as column arrays, the form UNNEST reads. */
    private static final class Batch {

        private final Long[] lines;
        private final String[][] columns;
        private int size;

        Batch(int columnCount, int capacity) {
            lines = new Long[capacity];
            columns = new String[columnCount][capacity];
        }

        /** @return true when the batch is full */
        boolean add(long line, String[] values) {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(values.length + " values for " + columns.length + " columns");
            }
            lines[size] = line;
            for (int c = 0; c < columns.length; c++) {
                columns[c][size] = values[c];
            }
            size++;
            return size == lines.length;
        }

        Tuple tuple() {
            Tuple tuple = Tuple.tuple().addArrayOfLong(Arrays.copyOf(lines, size));
            for (String[] column : columns) {
                tuple.addArrayOfString(Arrays.copyOf(column, size));
            }
            return tuple;
        }
    }
}
