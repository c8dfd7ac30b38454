package vn.vaxpass.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import io.vertx.core.Context;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvLine;
import vn.vaxpass.csv.CsvReader;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.csv.CsvRowError;

/**
 * Loads one CSV file into its table in one transaction, through a staging table: read and check each row → stage it
 * (or its error) in batches → check across rows (duplicate keys, unknown communes) → merge into the table → write
 * the report → commit. Streams: memory holds two batches whatever the size of the file.
 *
 * <h2>What changes nothing, what is skipped</h2>
 * <ul>
 *   <li>A file-level error of the CSV reader (wrong header, no data, bytes that are not UTF-8, a record over the
 *       limit, a quote never closed) rolls back: nothing changes, and the report holds that one error.</li>
 *   <li>A record that is not well-formed CSV (wrong column count, misplaced quote, repeated header) also rolls back,
 *       with status {@link ImportStatus#MALFORMED_ROWS}: a file whose writer did not quote a comma may hold shifted
 *       values in rows that happen to have the right count, so none of it is trusted. The report lists every such
 *       record, and every other refused row, so the clerk can fix the file in one go.</li>
 *   <li>A well-formed row whose values cannot be read (a bad date, an unknown commune, a key on two lines) is
 *       reported with its line and code and skipped; the other rows are applied. Importing the corrected file
 *       again applies those rows and leaves the others untouched.</li>
 *   <li>A row whose key is already that of a row the importer may not change (a check with
 *       {@link ImportTable.Rejection#refusesFile()}) rolls back, with status {@link ImportStatus#KEY_TAKEN}: the
 *       report lists it and every other refused row.</li>
 * </ul>
 * The staging table rather than reading the file twice ({@code CsvFormat.validate}, then apply): one read of the
 * upload, checks across millions of rows done by the database, and a single transaction that a database failure
 * rolls back too. Imports of one table wait for each other (an advisory lock); a row the merge finds unchanged is not
 * written at all.
 *
 * <p>Blocking: call it from a worker thread, never from an event loop. Thread-safe (each run has its own connection).
 */
public final class StagedCsvImport {

    /** Rows per statement: large enough that round trips do not count, small enough to keep memory flat. */
    public static final int DEFAULT_BATCH_ROWS = 5_000;

    private static final int MAX_KEY_LENGTH = 64;

    private final Pool pool;
    private final int batchRows;

    public StagedCsvImport(Pool pool) {
        this(pool, DEFAULT_BATCH_ROWS);
    }

    public StagedCsvImport(Pool pool, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
        }
        this.pool = Objects.requireNonNull(pool, "pool");
        this.batchRows = batchRows;
    }

    /**
     * Imports one file. The caller owns the stream and the report, and closes both.
     *
     * @param report receives the rows refused (in line order), or the one error of a refused file
     * @throws IOException reading the file or writing the report; nothing changed
     */
    public ImportResult run(ImportTable table, InputStream in, CsvErrorReport report) throws IOException {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("An import blocks: run it on a worker thread, not an event loop");
        }
        SqlConnection connection = pool.getConnectionAndAwait();
        try {
            Transaction transaction = connection.beginAndAwait();
            boolean ended = false;
            try {
                ImportResult result = stageAndMerge(new Staging(connection, table, batchRows), table, in, report);
                report.flush(); // before the commit: rows skipped without a report would be lost to the clerk
                if (result.status().refused()) {
                    transaction.rollbackAndAwait();
                } else {
                    transaction.commitAndAwait();
                }
                ended = true;
                return result;
            } finally {
                if (!ended) {
                    rollbackQuietly(transaction);
                }
            }
        } finally {
            connection.closeAndAwait();
        }
    }

    private static ImportResult stageAndMerge(Staging staging, ImportTable table, InputStream in,
            CsvErrorReport report) throws IOException {
        staging.create();
        long rowsRead = 0;
        long firstMalformedLine = 0;
        try {
            CsvReader reader = table.format().open(in);
            for (CsvLine line = reader.next(); line != null; line = reader.next()) {
                rowsRead++;
                if (line instanceof CsvRow row) {
                    RowReading reading = table.read(row);
                    if (reading.isAccepted()) {
                        staging.add(row.line(), reading.values());
                    } else {
                        staging.addError(row.line(), reading.code(), key(row), reading.message());
                    }
                } else {
                    CsvRowError error = (CsvRowError) line;
                    firstMalformedLine = firstMalformedLine == 0 ? error.line() : firstMalformedLine;
                    staging.addError(error.line(), error.code().name(), error.key(), error.message());
                }
            }
        } catch (CsvFileException e) {
            report.add(e);
            return ImportResult.refused(ImportStatus.of(e.code()), rowsRead, 0);
        }
        staging.finish();
        staging.reject();
        if (firstMalformedLine > 0) {
            report.add(firstMalformedLine, ImportStatus.MALFORMED_ROWS.name(), "", "Nothing of this file was imported:"
                    + " the lines below marked WRONG_COLUMN_COUNT, MISPLACED_QUOTE or REPEATED_HEADER are not"
                    + " well-formed CSV, so the values of other lines may be shifted too. Fix those lines, or save the"
                    + " file again from Excel as 'CSV UTF-8 (Comma delimited) (*.csv)', and upload it again.");
            staging.writeErrors(report);
            return ImportResult.refused(ImportStatus.MALFORMED_ROWS, rowsRead, staging.errorCount());
        }
        if (staging.refusingFile() > 0) {
            staging.writeErrors(report);
            return ImportResult.refused(ImportStatus.KEY_TAKEN, rowsRead, staging.errorCount());
        }
        long[] merged = staging.merge();
        staging.writeErrors(report);
        long errors = staging.errorCount();
        return new ImportResult(ImportStatus.APPLIED, rowsRead, merged[0], merged[1],
                rowsRead - errors - merged[0] - merged[1], errors);
    }

    /** The row's first value, as the CSV reader gives it for its own errors: cut so one row cannot swell the report. */
    private static String key(CsvRow row) {
        String value = row.get(0);
        if (value.length() <= MAX_KEY_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_KEY_LENGTH - 1)) ? MAX_KEY_LENGTH - 1 : MAX_KEY_LENGTH;
        return value.substring(0, end);
    }

    private static void rollbackQuietly(Transaction transaction) {
        try {
            transaction.rollbackAndAwait();
        } catch (RuntimeException ignored) {
            // The connection is broken or the transaction already ended: either way nothing was committed.
        }
    }
}
