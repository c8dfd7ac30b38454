package vn.vaxpass.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the local database on first start, so that {@code deploy/vaxpass serve} works on a fresh
 * machine with nothing but PostgreSQL running; Flyway then builds the schema. Same defaults as
 * application.properties (PGHOST, PGPORT, PGUSER, PGPASSWORD, VAXPASS_DATABASE).
 */
public final class LocalDatabase {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private LocalDatabase() {
    }

    /**
     * A command with a database of its own (the benchmarks) uses {@code name} unless VAXPASS_DATABASE says otherwise:
     * set as a system property, which the datasource URL's {@code ${VAXPASS_DATABASE:vaxpass}} reads too.
     */
    public static void defaultName(String name) {
        if (env("VAXPASS_DATABASE", "").isEmpty() && System.getProperty("VAXPASS_DATABASE") == null) {
            System.setProperty("VAXPASS_DATABASE", name);
        }
    }

    static void ensureExists() {
        String name = System.getProperty("VAXPASS_DATABASE", env("VAXPASS_DATABASE", "vaxpass"));
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("VAXPASS_DATABASE must be a plain lower-case name, not " + name);
        }
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("vaxpass: cannot reach PostgreSQL at " + url + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "); start it, or set PGHOST/PGPORT/PGUSER/PGPASSWORD.");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
