package vn.vaxpass.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** What import tests read from and clear in the test database. */
public final class Database {

    private final Pool pool;

    public Database(Pool pool) {
        this.pool = pool;
    }

    /** Empties the tables imports write, so each test sees only its own rows. */
    public void clearImportedTables() {
        pool.query("TRUNCATE registry_person, commune, commune_successor, vaccination_subject CASCADE").executeAndAwait();
    }

    /** Every row of a query, as column name to value; include {@code xmin} to see whether a row was rewritten. */
    public List<Map<String, Object>> rows(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : pool.query(sql).executeAndAwait()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                values.put(row.getColumnName(i), row.getValue(i));
            }
            rows.add(values);
        }
        return rows;
    }

    public Map<String, Object> row(String sql) {
        List<Map<String, Object>> rows = rows(sql);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows for " + sql);
        }
        return rows.get(0);
    }

    public long count(String table) {
        return pool.query("SELECT count(*) FROM " + table).executeAndAwait().iterator().next().getLong(0);
    }
}
