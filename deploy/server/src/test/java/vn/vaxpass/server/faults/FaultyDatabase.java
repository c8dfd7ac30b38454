package vn.vaxpass.server.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A database of the fault tests' own on the local PostgreSQL, which the server reaches through a {@link TcpProxy} only
 * (its reactive pool and its JDBC datasource, which Flyway migrates through): a test loses the database with
 * {@link #proxy()}{@code .cut()} and gets it back with {@code restore()}, and the shared cluster is never restarted.
 * Started after the module's own test database (see ModuleDatabase), so its URLs are the ones the server gets; that
 * other database stays empty and is dropped as usual.
 */
public class FaultyDatabase implements QuarkusTestResourceLifecycleManager {

    /** After PostgresTestDatabase and ElasticMqResource (order 0): the later resource's properties win. */
    static final int AFTER_THE_MODULE_RESOURCES = 100;

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("PGPORT", "5432"));
    private static final String USER = env("PGUSER", "postgres");

    private static volatile TcpProxy proxy;

    private String database;

    /** The proxy between the running server and its database. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("FaultyDatabase is not started: run the test with FaultsProfile");
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        database = "vaxpass_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        proxy = TcpProxy.to(HOST, PORT);
        String through = "127.0.0.1:" + proxy.port() + "/" + database;
        return Map.of(
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + through,
                "quarkus.datasource.reactive.url", "postgresql://" + through);
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Override
    public int order() {
        return AFTER_THE_MODULE_RESOURCES;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
                USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on " + HOST + ":" + PORT + " with trust auth: "
                    + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
