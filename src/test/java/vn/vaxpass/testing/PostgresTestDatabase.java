package vn.vaxpass.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL database of the test run's own, on the local server (127.0.0.1:5432, trust auth): created
 * before the application starts, dropped after, so no test depends on what an earlier run left behind.
 * Host, port and user follow libpq's PGHOST/PGPORT/PGUSER when set (CI's service container).
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");

    private String database;

    @Override
    public Map<String, String> start() {
        database = "vaxpass_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        return Map.of(
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://" + HOST + ":" + PORT + "/" + database,
                "quarkus.flyway.migrate-at-start", "true");
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on " + HOST + ":" + PORT + " with trust auth: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
