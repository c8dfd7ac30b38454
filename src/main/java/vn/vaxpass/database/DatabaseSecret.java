package vn.vaxpass.database;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The database credentials held in a Secrets Manager secret: JSON with {@code username} and {@code password} (what
 * RDS writes into the secrets it manages) or the password alone as a plain string. Read once, then served from
 * memory until {@code refreshAfter} has passed or {@link #invalidate()} is called, after which the next request
 * reads the secret again (so a rotated password reaches new connections). Throttling and 5xx answers are retried
 * by the SDK client.
 */
public final class DatabaseSecret {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient client;
    private final String secretId;
    private final Duration refreshAfter;
    private final Clock clock;
    private DatabaseCredentials cached;
    private Instant readAt;

    public DatabaseSecret(SecretsManagerClient client, String secretId, Duration refreshAfter, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.secretId = Objects.requireNonNull(secretId, "secretId");
        this.refreshAfter = Objects.requireNonNull(refreshAfter, "refreshAfter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The credentials, from memory while fresh, else read now. */
    public synchronized DatabaseCredentials current() {
        if (cached == null || !clock.instant().isBefore(readAt.plus(refreshAfter))) {
            cached = parse(read());
            readAt = clock.instant();
        }
        return cached;
    }

    /** The credentials held in memory if they are still fresh: no call to AWS. */
    public synchronized Optional<DatabaseCredentials> fresh() {
        return cached != null && clock.instant().isBefore(readAt.plus(refreshAfter)) ? Optional.of(cached) : Optional.empty();
    }

    /** Forget the value read: the next {@link #current()} reads the secret (e.g. after a login was refused). */
    public synchronized void invalidate() {
        cached = null;
        readAt = null;
    }

    private String read() {
        try {
            String value = client.getSecretValue(r -> r.secretId(secretId)).secretString();
            if (value == null || value.isBlank()) {
                throw new DatabaseSecretException("Secret " + secretId + " holds no text (SecretString)", null, null);
            }
            return value;
        } catch (SdkServiceException e) {
            String code = e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
                    ? ((AwsServiceException) e).awsErrorDetails().errorCode()
                    : null;
            throw new DatabaseSecretException(String.format("Secrets Manager GetSecretValue for %s failed: %s (HTTP %d, request %s)",
                    secretId, code, e.statusCode(), e.requestId()), code, e);
        } catch (SdkException e) {
            throw new DatabaseSecretException("Secrets Manager GetSecretValue for " + secretId + " failed: " + e.getMessage(), null, e);
        }
    }

    private DatabaseCredentials parse(String value) {
        if (!value.stripLeading().startsWith("{")) {
            return new DatabaseCredentials(Optional.empty(), value);
        }
        JsonNode json;
        try {
            json = JSON.readTree(value);
        } catch (IOException e) {
            // The parser's message may quote the secret: leave it out.
            throw new DatabaseSecretException("Secret " + secretId + " looks like JSON but cannot be parsed", null, null);
        }
        JsonNode password = json.get("password");
        if (password == null || !password.isTextual() || password.asText().isEmpty()) {
            throw new DatabaseSecretException("Secret " + secretId + " has no \"password\" text field", null, null);
        }
        JsonNode username = json.get("username");
        return new DatabaseCredentials(
                username != null && username.isTextual() && !username.asText().isEmpty() ? Optional.of(username.asText()) : Optional.empty(),
                password.asText());
    }
}
