package vn.vaxpass.testing.lambda;

import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import vn.vaxpass.testing.PostgresTestDatabase;
import vn.vaxpass.testing.aws.AwsTestServer;

/**
 * A fresh PostgreSQL database for a {@link PackagedFunction}, migrated by the test, and the environment Terraform's
 * {@code database.tf} gives a function that uses one: both URLs, and the Secrets Manager secret holding the
 * credentials, here served by the {@link AwsTestServer}. Two differences from AWS, both test-only: local PostgreSQL
 * has no TLS, so the URLs drop Terraform's {@code sslmode=verify-full}; and the secret's endpoint
 * ({@code VAXPASS_DATABASE_SECRET_ENDPOINT}) and the AWS keys the stand-in accepts are given, where Lambda gives the
 * role's keys and AWS's own endpoint. The functions never migrate at start ({@code quarkus.flyway.migrate-at-start}
 * is false), so this class runs the core's migrations with Flyway before the function starts, as a deployment does.
 */
public final class FunctionDatabase implements AutoCloseable {

    private static final String SECRET_NAME = "rds!db-vaxpass-function-test";
    private static final String PASSWORD = "unused-under-trust-auth";

    private final PostgresTestDatabase database = new PostgresTestDatabase();
    private final Map<String, String> properties;
    private final AwsTestServer aws;
    private final String secretArn;
    private final Vertx vertx = Vertx.vertx();
    private final Pool pool;

    private FunctionDatabase(AwsTestServer aws) {
        this.aws = aws;
        properties = database.start();
        String user = properties.get("quarkus.datasource.username");
        Flyway.configure().dataSource(properties.get("quarkus.datasource.jdbc.url"), user, "")
                .locations("classpath:db/migration").load().migrate();
        secretArn = aws.putSecret(SECRET_NAME, "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}");
        pool = PgPool.pool(vertx, PgConnectOptions.fromUri(properties.get("quarkus.datasource.reactive.url")).setUser(user),
                new PoolOptions().setMaxSize(2));
    }

    /** Creates and migrates the database and stores its secret in {@code aws}. */
    public static FunctionDatabase migrated(AwsTestServer aws) {
        return new FunctionDatabase(aws);
    }

    /** What Terraform sets for a function with {@code database = true}, pointed at this database and stand-in. */
    public Map<String, String> environment() {
        AwsCredentials keys = aws.credentials().resolveCredentials();
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", properties.get("quarkus.datasource.reactive.url"));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", properties.get("quarkus.datasource.jdbc.url"));
        environment.put("VAXPASS_DATABASE_SECRET_ARN", secretArn);
        environment.put("VAXPASS_DATABASE_SECRET_ENDPOINT", aws.endpoint().toString());
        environment.put("AWS_ACCESS_KEY_ID", keys.accessKeyId());
        environment.put("AWS_SECRET_ACCESS_KEY", keys.secretAccessKey());
        return environment;
    }

    /** A small pool on the same database, for the test to seed rows and read what the function wrote. */
    public Pool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
        database.stop();
    }
}
