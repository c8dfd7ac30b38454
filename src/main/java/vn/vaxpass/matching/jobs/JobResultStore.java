package vn.vaxpass.matching.jobs;

import java.io.IOException;
import java.io.Writer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Cursor;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedStatement;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.access.Reach;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.matching.ResultsFile;
import vn.vaxpass.registry.IdNumberMask;

/**
 * A job's results.csv ({@link ResultsFile}: one line per subject, by subject_id), streamed from {@code match_result}
 * through a cursor a page at a time: memory stays flat however large the province. The suggested ID numbers are
 * written as the reader may see them ({@link IdNumberMask}); recording the download is the caller's
 * ({@code RegistryDisclosureStore}), before the first byte leaves.
 */
@ApplicationScoped
public class JobResultStore {

    static final int PAGE_ROWS = 1_000;

    private static final String RESULTS = "SELECT subject_id, status, mismatched_fields, suggested_id_number,"
            + " confidence::float8 FROM match_result WHERE job_id = $1 ORDER BY subject_id";

    private final Pool pool;

    @Inject
    public JobResultStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Blocking. Writes the header and every result of the job, the suggested ID numbers as {@code reader} may see
     * them; the caller found the job visible and closes the writer.
     */
    public void write(MatchJob job, Reach reader, Writer out) throws IOException {
        out.write(ResultsFile.headerLine());
        SqlConnection connection = pool.getConnectionAndAwait();
        try {
            // A cursor lives in a transaction.
            Transaction transaction = connection.beginAndAwait();
            try {
                PreparedStatement statement = connection.prepareAndAwait(RESULTS);
                Cursor cursor = statement.cursor(Tuple.of(job.id()));
                do {
                    RowSet<Row> page = cursor.readAndAwait(PAGE_ROWS);
                    for (Row row : page) {
                        out.write(ResultsFile.line(row.getString(0), MatchStatus.valueOf(row.getString(1)),
                                row.getString(2), IdNumberMask.forReach(row.getString(3), reader), row.getDouble(4)));
                    }
                } while (cursor.hasMore());
                cursor.closeAndAwait();
                statement.closeAndAwait();
            } finally {
                transaction.rollbackAndAwait();
            }
        } finally {
            connection.closeAndAwait();
        }
        out.flush();
    }
}
