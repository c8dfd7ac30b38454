package vn.vaxpass.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;

/**
 * Both database clients as the functions configure them in AWS ({@code sslmode=verify-full} from Terraform's URLs;
 * JDBC with {@link DatabaseCaSslSocketFactory}; the reactive client with PEM trust and HTTPS name checks, as Quarkus
 * builds its options from {@code quarkus.datasource.reactive.*}), against a server that speaks just enough
 * PostgreSQL to do TLS: each gets through to a server whose certificate chains to a CA it trusts and names the host
 * it dialled, and refuses one whose name differs or whose CA it does not trust, the shipped RDS bundle included.
 * The reactive client reports every refused handshake alike ("SSL handshake failed", no cause): each refusal test
 * changes one thing (the host dialled, or the bundle) from the case that gets through.
 */
class TheDatabaseClientsVerifyTheServer {

    @TempDir
    static Path directory;

    static PostgresTlsStub server;
    static Vertx vertx;

    @BeforeAll
    static void start() {
        server = new PostgresTlsStub(directory);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void jdbcGetsThroughToAServerItsBundleTrustsUnderTheNameItDialled() {
        assertThat(jdbc("localhost", "file:" + server.caFile())).hasMessageContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void jdbcRefusesAServerWhoseCertificateNamesAnotherHost() {
        assertThat(jdbc("127.0.0.1", "file:" + server.caFile()))
                .hasMessageContaining("127.0.0.1 could not be verified")
                .hasMessageNotContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void jdbcWithTheShippedBundleRefusesAServerNoRdsAuthoritySigned() {
        assertThat(jdbc("localhost", null))
                .hasMessageContaining("SSL error")
                .hasMessageNotContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void theReactiveClientGetsThroughToAServerItsBundleTrustsUnderTheNameItDialled() {
        assertThat(reactive("localhost", server.caFile().toString())).hasMessageContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void theReactiveClientRefusesAServerWhoseCertificateNamesAnotherHost() {
        assertThat(reactive("127.0.0.1", server.caFile().toString()))
                .hasMessageContaining("SSL handshake failed")
                .hasMessageNotContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void theReactiveClientWithTheShippedBundleRefusesAServerNoRdsAuthoritySigned() {
        assertThat(reactive("localhost", DatabaseCa.BUNDLE))
                .hasMessageContaining("SSL handshake failed")
                .hasMessageNotContaining(PostgresTlsStub.GREETING);
    }

    /** What connecting over JDBC ended with (it always ends with an error: the stub admits nobody). */
    private static Throwable jdbc(String host, String bundle) {
        Properties properties = new Properties();
        properties.setProperty("user", "vaxpass");
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslfactory", DatabaseCaSslSocketFactory.class.getName());
        if (bundle != null) {
            properties.setProperty("sslfactoryarg", bundle);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "10");
        String url = "jdbc:postgresql://" + host + ":" + server.port() + "/vaxpass";
        Throwable thrown = catchThrowable(() -> DriverManager.getConnection(url, properties).close());
        assertThat(thrown).as("the stub admits nobody").isNotNull();
        return withCauses(thrown);
    }

    /** What connecting with the reactive client ended with, configured as Quarkus does from the %prod properties. */
    private static Throwable reactive(String host, String bundle) {
        PgConnectOptions options = PgConnectOptions
                .fromUri("postgresql://" + host + ":" + server.port() + "/vaxpass?sslmode=verify-full")
                .setUser("vaxpass");
        options.setTrustOptions(new PemTrustOptions().addCertPath(bundle));
        options.setHostnameVerificationAlgorithm("HTTPS");
        Throwable thrown = catchThrowable(() -> PgConnection.connect(vertx, options)
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS).close());
        assertThat(thrown).as("the stub admits nobody").isNotNull();
        return withCauses(thrown);
    }

    /** One throwable whose message holds the messages of the whole chain, so a test can look for the root cause. */
    private static Throwable withCauses(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return new AssertionError(messages.toString(), thrown);
    }
}
