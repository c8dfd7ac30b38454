package vn.vaxpass.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import vn.vaxpass.testing.aws.AwsTestServer;

/**
 * The application's datasources configured as in AWS: credentials from the provider {@code secrets-manager}, the
 * secret in the AWS stand-in. Its login roles are made for the run on the local PostgreSQL and dropped after.
 * That server trusts 127.0.0.1, so it checks which role logs in, and whether that role may log in, but not the
 * password: what the tests prove is that the role the pools log in as is the one the secret names.
 */
public class SecretsManagerLogin implements QuarkusTestProfile {

    static final String SECRET_NAME = "rds!db-vaxpass-test";
    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** The role named by the secret at start; it runs the migrations too, hence superuser. */
    static final String APP_ROLE = "vaxpass_app_" + SUFFIX;
    /** The role a rotation moves to. */
    static final String ROTATED_ROLE = "vaxpass_rotated_" + SUFFIX;
    /** A role PostgreSQL refuses at login, as it refuses a wrong password. */
    static final String REFUSED_ROLE = "vaxpass_refused_" + SUFFIX;

    static volatile AwsTestServer aws;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Resource.class));
    }

    static String secret(String role) {
        return "{\"username\":\"" + role + "\",\"password\":\"pw-" + role + "\",\"engine\":\"postgres\"}";
    }

    public static class Resource implements QuarkusTestResourceLifecycleManager {

        private static final String HOST = env("PGHOST", "127.0.0.1");
        private static final String PORT = env("PGPORT", "5432");
        private static final String USER = env("PGUSER", "postgres");

        @Override
        public Map<String, String> start() {
            execute("CREATE ROLE " + APP_ROLE + " LOGIN SUPERUSER PASSWORD 'pw-" + APP_ROLE + "'");
            execute("CREATE ROLE " + ROTATED_ROLE + " LOGIN PASSWORD 'pw-" + ROTATED_ROLE + "'");
            execute("CREATE ROLE " + REFUSED_ROLE + " NOLOGIN PASSWORD 'pw-" + REFUSED_ROLE + "'");
            try {
                aws = new AwsTestServer();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            String arn = aws.putSecret(SECRET_NAME, secret(APP_ROLE));
            // The default credentials chain reads these first, as a Lambda's role credentials come from its environment.
            aws.sdkSystemProperties().forEach(System::setProperty);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.credentials-provider", "database");
            config.put("quarkus.datasource.credentials-provider-name", SecretsManagerCredentialsProvider.NAME);
            config.put("vaxpass.database.secret.arn", arn);
            config.put("vaxpass.database.secret.endpoint", aws.endpoint().toString());
            config.put("vaxpass.database.secret.refresh-after", "PT10M");
            return config;
        }

        @Override
        public void stop() {
            if (aws != null) {
                aws.sdkSystemProperties().keySet().forEach(System::clearProperty);
                aws.close();
            }
            for (String role : List.of(APP_ROLE, ROTATED_ROLE, REFUSED_ROLE)) {
                dropRole(role);
            }
        }

        // The migrations made the app role own the test database's tables: hand them over before dropping it.
        private static void dropRole(String role) {
            List<String> databases = new ArrayList<>();
            try (Connection c = connect("postgres");
                 PreparedStatement s = c.prepareStatement("SELECT DISTINCT d.datname FROM pg_shdepend s"
                         + " JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.refobjid WHERE r.rolname = ?")) {
                s.setString(1, role);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        databases.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            for (String database : databases) {
                try (Connection c = connect(database); Statement s = c.createStatement()) {
                    s.execute("REASSIGN OWNED BY " + role + " TO " + USER);
                    s.execute("DROP OWNED BY " + role);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            execute("DROP ROLE IF EXISTS " + role);
        }

        private static void execute(String sql) {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Connection connect(String database) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, "");
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
