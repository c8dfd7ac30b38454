package vn.vaxpass.database;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.credentials.CredentialsProvider;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Hands the datasources (reactive client and JDBC) the credentials of the Secrets Manager secret
 * {@code vaxpass.database.secret.arn}; selected with {@code quarkus.datasource.credentials-provider=secrets-manager}.
 * Both pools ask again for every new connection: the answer comes from memory for
 * {@code vaxpass.database.secret.refresh-after} (one minute), then from Secrets Manager again, so a rotated password
 * reaches new connections within that time at the cost of at most one call a minute, and only while connections are
 * being opened. The secret is read at start, so a wrong ARN or a missing permission stops the cold start with its
 * cause instead of failing the first request.
 */
@ApplicationScoped
@Named(SecretsManagerCredentialsProvider.NAME)
public class SecretsManagerCredentialsProvider implements CredentialsProvider {

    public static final String NAME = "secrets-manager";
    private static final Logger LOG = Logger.getLogger(SecretsManagerCredentialsProvider.class);

    private final DatabaseSecretConfig config;
    private final Clock clock;
    private final Optional<String> configuredUsername;
    private SecretsManagerClient client;
    private DatabaseSecret secret;

    SecretsManagerCredentialsProvider(DatabaseSecretConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> configuredUsername) {
        this.config = config;
        this.clock = clock;
        this.configuredUsername = configuredUsername;
    }

    void loadAtStart(@Observes StartupEvent event) {
        if (config.arn().isPresent()) {
            DatabaseCredentials credentials = secret().current();
            LOG.infof("Database credentials read from Secrets Manager (%s)", credentials);
        }
    }

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        return asMap(secret().current());
    }

    @Override
    public Uni<Map<String, String>> getCredentialsAsync(String credentialsProviderName) {
        // The pools ask from an event loop: a value in memory is answered there, a read goes to a worker thread.
        Optional<DatabaseCredentials> fresh = secret().fresh();
        return fresh.isPresent()
                ? Uni.createFrom().item(asMap(fresh.get()))
                : Uni.createFrom().item(() -> getCredentials(credentialsProviderName))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Forget the value read, so that the next connection reads the secret again (after a refused login). */
    public void invalidate() {
        secret().invalidate();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    private synchronized DatabaseSecret secret() {
        if (secret == null) {
            String arn = config.arn().orElseThrow(() -> new DatabaseSecretException(
                    "quarkus.datasource.credentials-provider is " + NAME + " but vaxpass.database.secret.arn is not set", null, null));
            String region = config.region().or(() -> SecretsManagerClients.regionOf(arn)).orElseThrow(() -> new DatabaseSecretException(
                    "vaxpass.database.secret.region must be set: " + arn + " names no region", null, null));
            client = SecretsManagerClients.create(region, config.endpoint().map(URI::create));
            secret = new DatabaseSecret(client, arn, config.refreshAfter(), clock);
        }
        return secret;
    }

    private Map<String, String> asMap(DatabaseCredentials credentials) {
        Map<String, String> map = new HashMap<>();
        credentials.username().or(() -> configuredUsername).ifPresent(user -> map.put(USER_PROPERTY_NAME, user));
        map.put(PASSWORD_PROPERTY_NAME, credentials.password());
        return map;
    }
}
