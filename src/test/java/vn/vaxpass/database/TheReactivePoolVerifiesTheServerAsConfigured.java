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

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Quarkus 3.34's reactive datasource, given the properties the Lambda modules set in {@code %prod} and a URL with
 * {@code sslmode=verify-full} as Terraform's, verifies the server: the pool gets through TLS to a server whose CA
 * the PEM property names and whose certificate names the host. (Migrations still run over JDBC on the local
 * database.) What the property names hold, not only what Vert.x does, since a misspelt one would pass unnoticed.
 */
@QuarkusTest
@TestProfile(TheReactivePoolVerifiesTheServerAsConfigured.TlsServer.class)
class TheReactivePoolVerifiesTheServerAsConfigured {

    @Inject
    Pool pool;

    @Test
    void thePoolGetsThroughTheHandshakeWithTheServerItsPemPropertyTrusts() {
        Throwable thrown = catchThrowable(() -> pool.query("SELECT 1").execute().await()
                .atMost(Duration.ofSeconds(20)));
        assertThat(thrown).as("the stub admits nobody").isNotNull();
        assertThat(thrown).hasMessageContaining(PostgresTlsStub.GREETING);
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
                    "quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS");
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
