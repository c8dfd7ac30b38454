package vn.vaxpass.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.SqlClient;
import vn.vaxpass.testing.aws.AwsTestServer;

/**
 * The datasources as configured in AWS ({@code quarkus.datasource.credentials-provider}): the migrations (JDBC) and
 * the reactive pool log in as the role the Secrets Manager secret names, read once at start; after a rotation a
 * refused login is followed by a read of the new value and a login as the new role.
 */
@QuarkusTest
@TestProfile(SecretsManagerLogin.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseLogsInWithTheSecretsCredentials {

    @Inject
    Pool pool;

    @Inject
    SecretsManagerCredentialsProvider credentials;

    @Test
    @Order(1)
    void theMigrationsAndThePoolLogInAsTheSecretsRoleReadOnce() {
        assertThat(currentUser(pool)).isEqualTo(SecretsManagerLogin.APP_ROLE);
        assertThat(pool.query("SELECT tableowner FROM pg_tables WHERE tablename = 'flyway_schema_history'")
                .execute().await().indefinitely().iterator().next().getString(0)).isEqualTo(SecretsManagerLogin.APP_ROLE);
        assertThat(SecretsManagerLogin.aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void afterARotationARefusedLoginLeadsToTheNewCredentials() {
        SqlConnection held = pool.getConnection().await().indefinitely();
        try {
            // The secret now names a role PostgreSQL refuses, as it would refuse a stale password.
            SecretsManagerLogin.aws.putSecret(SecretsManagerLogin.SECRET_NAME, SecretsManagerLogin.secret(SecretsManagerLogin.REFUSED_ROLE));
            credentials.invalidate();
            assertThatThrownBy(() -> pool.getConnection().await().indefinitely())
                    .hasMessageContaining(SecretsManagerLogin.REFUSED_ROLE)
                    .hasMessageContaining("not permitted to log in");

            // Rotated again in AWS: the value in memory is still the refused one until it is read again.
            SecretsManagerLogin.aws.putSecret(SecretsManagerLogin.SECRET_NAME, SecretsManagerLogin.secret(SecretsManagerLogin.ROTATED_ROLE));
            assertThatThrownBy(() -> pool.getConnection().await().indefinitely())
                    .hasMessageContaining("not permitted to log in");
            credentials.invalidate();

            SqlConnection fresh = pool.getConnection().await().indefinitely();
            try {
                assertThat(currentUser(fresh)).isEqualTo(SecretsManagerLogin.ROTATED_ROLE);
                assertThat(currentUser(held)).isEqualTo(SecretsManagerLogin.APP_ROLE);
            } finally {
                fresh.close().await().indefinitely();
            }
        } finally {
            held.close().await().indefinitely();
        }
        assertThat(SecretsManagerLogin.aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(3);
    }

    private static String currentUser(SqlClient client) {
        return client.query("SELECT current_user").execute().await().indefinitely().iterator().next().getString(0);
    }
}
