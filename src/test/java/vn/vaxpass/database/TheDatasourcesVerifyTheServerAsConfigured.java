package vn.vaxpass.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Quarkus 3.34's datasources, given the properties the Lambda modules set in {@code %prod} and URLs with
 * {@code sslmode=verify-full} as Terraform's, verify the server: the reactive pool and JDBC get through TLS to a
 * server whose CA they trust and whose certificate names the host. What the property names hold in Quarkus, not
 * only what Vert.x and the driver do, since a misspelt one would pass unnoticed. (No migration: the stub is no
 * database.)
 */
@QuarkusTest
@TestProfile(TheDatasourcesVerifyTheServerAsConfigured.TlsServer.class)
class TheDatasourcesVerifyTheServerAsConfigured {

    @Inject
    Pool pool;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePoolGetsThroughTheHandshakeWithTheServerItsPemPropertyTrusts() {
        Throwable thrown = catchThrowable(() -> pool.query("SELECT 1").execute().await()
                .atMost(Duration.ofSeconds(20)));
        assertThat(thrown).as("the stub admits nobody").isNotNull();
        assertThat(thrown).hasMessageContaining(PostgresTlsStub.GREETING);
    }

    @Test
    void jdbcGetsThroughTheHandshakeWithTheServerItsSocketFactoryTrusts() {
        Throwable thrown = catchThrowable(() -> dataSource.getConnection().close());
        assertThat(thrown).as("the stub admits nobody").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString()).contains(PostgresTlsStub.GREETING);
    }

    public static class TlsServer implements QuarkusTestProfile {

        // A directory per instance: Quarkus may load this class twice (test and application class loaders), and
        // each stub's CA file must stay its own.
        static final PostgresTlsStub STUB = new PostgresTlsStub(directory());

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.url",
                    "postgresql://localhost:" + STUB.port() + "/vaxpass?sslmode=verify-full",
                    "quarkus.datasource.reactive.trust-certificate-pem.certs", STUB.caFile().toString(),
                    "quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://localhost:" + STUB.port() + "/vaxpass?sslmode=verify-full",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.sslfactory",
                    DatabaseCaSslSocketFactory.class.getName(),
                    // The shipped RDS bundle in AWS; here the stub's CA, so that a handshake can succeed.
                    "quarkus.datasource.jdbc.additional-jdbc-properties.sslfactoryarg", "file:" + STUB.caFile(),
                    "quarkus.flyway.migrate-at-start", "false");
        }

        private static Path directory() {
            try {
                Files.createDirectories(Path.of("target"));
                return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "postgres-tls-stub");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
