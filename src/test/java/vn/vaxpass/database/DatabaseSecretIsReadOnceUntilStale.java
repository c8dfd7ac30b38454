package vn.vaxpass.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.AwsTestServer.Failure;

/** Real SDK client, real HTTP and SigV4: only Secrets Manager is stood in for. */
class DatabaseSecretIsReadOnceUntilStale {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(1);
    private static final String RDS_SECRET = "{\"username\":\"vaxpass_app\",\"password\":\"first-Pa55\"}";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private AwsTestServer aws;
    private SecretsManagerClient client;
    private String arn;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer();
        arn = aws.putSecret("rds!db-vaxpass", RDS_SECRET);
        client = SecretsManagerClients.create(AwsTestServer.REGION, Optional.of(aws.endpoint()), aws.credentials());
    }

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void anRdsManagedSecretGivesUserAndPassword() {
        DatabaseCredentials credentials = secret().current();

        assertThat(credentials.username()).contains("vaxpass_app");
        assertThat(credentials.password()).isEqualTo("first-Pa55");
        assertThat(credentials.toString()).doesNotContain("first-Pa55");
    }

    @Test
    void aPlainStringIsThePasswordAlone() {
        String plain = aws.putSecret("vaxpass-db-password", "just-the-Pa55");

        DatabaseCredentials credentials = new DatabaseSecret(client, plain, REFRESH_AFTER, clock).current();

        assertThat(credentials.username()).isEmpty();
        assertThat(credentials.password()).isEqualTo("just-the-Pa55");
    }

    @Test
    void readsAreServedFromMemoryWhileFresh() {
        DatabaseSecret secret = secret();

        for (int i = 0; i < 5; i++) {
            secret.current();
            clock.move(Duration.ofSeconds(10));
        }

        assertThat(aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(1);
        assertThat(secret.fresh()).isPresent();
    }

    @Test
    void aRotatedPasswordIsReadOnceTheValueIsStale() {
        DatabaseSecret secret = secret();
        secret.current();
        aws.putSecret("rds!db-vaxpass", "{\"username\":\"vaxpass_app\",\"password\":\"second-Pa55\"}");

        clock.move(REFRESH_AFTER.minusSeconds(1));
        assertThat(secret.current().password()).isEqualTo("first-Pa55");
        clock.move(Duration.ofSeconds(1));
        assertThat(secret.fresh()).isEmpty();
        assertThat(secret.current().password()).isEqualTo("second-Pa55");
        assertThat(aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(2);
    }

    @Test
    void afterARefusedLoginTheSecretIsReadAgainAtOnce() {
        DatabaseSecret secret = secret();
        secret.current();
        aws.putSecret("rds!db-vaxpass", "{\"username\":\"vaxpass_app\",\"password\":\"second-Pa55\"}");

        secret.invalidate();

        assertThat(secret.current().password()).isEqualTo("second-Pa55");
        assertThat(aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(2);
    }

    @Test
    void throttlingAndServerErrorsAreRetriedByTheClient() {
        aws.failNext(AwsTestServer.SECRETS_GET_SECRET_VALUE, 1, Failure.THROTTLING);
        aws.failNext(AwsTestServer.SECRETS_GET_SECRET_VALUE, 1, Failure.INTERNAL_ERROR);

        assertThat(secret().current().password()).isEqualTo("first-Pa55");
        assertThat(aws.calls(AwsTestServer.SECRETS_GET_SECRET_VALUE)).isEqualTo(3);
    }

    @Test
    void anUnknownSecretFailsWithSecretsManagersCode() {
        String missing = arn.replace("rds!db-vaxpass", "no-such-secret");

        assertThatThrownBy(() -> new DatabaseSecret(client, missing, REFRESH_AFTER, clock).current())
                .isInstanceOfSatisfying(DatabaseSecretException.class,
                        e -> assertThat(e.errorCode()).contains("ResourceNotFoundException"))
                .hasMessageContaining(missing)
                .hasMessageContaining("HTTP 400");
    }

    @Test
    void jsonWithoutAPasswordIsRefusedWithoutQuotingTheSecret() {
        String odd = aws.putSecret("odd", "{\"username\":\"vaxpass_app\",\"pass\":\"leaky-Pa55\"}");

        assertThatThrownBy(() -> new DatabaseSecret(client, odd, REFRESH_AFTER, clock).current())
                .isInstanceOf(DatabaseSecretException.class)
                .hasMessageContaining("\"password\"")
                .hasMessageNotContaining("leaky-Pa55");
    }

    @Test
    void theRegionComesFromTheArn() {
        assertThat(SecretsManagerClients.regionOf(arn)).contains(AwsTestServer.REGION);
        assertThat(SecretsManagerClients.regionOf("vaxpass/db")).isEmpty();
    }

    private DatabaseSecret secret() {
        return new DatabaseSecret(client, arn, REFRESH_AFTER, clock);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
