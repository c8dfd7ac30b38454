package vn.vaxpass.functions.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.HttpServer;

import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.certificate.revocation.RevokedHashes;

/**
 * The deployment's published revocation list ({@code GET /v1/revocations}, hashes only), fetched over HTTP and kept
 * for {@code vaxpass.revocations.refresh}, so the public verifier needs no database. The list is fetched when a
 * verification finds it due, not by a timer: a Lambda sleeps between requests. The first verification waits for it
 * (at most the request timeout); later ones go on with the last good list while one of them fetches. A failed fetch
 * keeps the last good list and is tried again after {@code vaxpass.revocations.retry}. Never fetched: no list, and
 * the verifier says so ({@code revocationChecked: false}) rather than refusing authentic certificates.
 */
@Singleton
public class FetchedRevocationList implements RevokedHashes {

    private static final Logger LOG = Logger.getLogger(FetchedRevocationList.class);

    /** The published list, as the sign function writes it; anything else in it is not read. */
    @RegisterForReflection(targets = {Published.class, Published.Entry.class})
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(String country, String hashType, List<Entry> entries) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Entry(String hash) {
        }
    }

    private record Fetched(Set<String> hashes, Instant at) {
    }

    private final RevocationListConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final Instance<HttpServer> server;
    private final HttpClient client;
    private final ReentrantLock fetching = new ReentrantLock();

    private volatile Fetched list;
    private volatile Instant lastTry = Instant.MIN;
    private volatile Instant nextTry = Instant.MIN;

    FetchedRevocationList(RevocationListConfig config, Clock clock, ObjectMapper json, Instance<HttpServer> server) {
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.server = server;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        config.url().ifPresentOrElse(url -> LOG.infof("Revocation list: %s, refreshed every %s", url, config.refresh()),
                () -> LOG.warn("No revocation list configured (vaxpass.revocations.url): revocations are not checked"));
    }

    @Override
    public Optional<Set<String>> current() {
        if (config.url().isEmpty()) {
            return Optional.empty();
        }
        if (due(clock.instant())) {
            refresh();
        }
        Fetched fetched = list;
        return fetched == null ? Optional.empty() : Optional.of(fetched.hashes());
    }

    /** Due once its time has come, or when the clock went back before the last try. */
    private boolean due(Instant now) {
        return !now.isBefore(nextTry) || now.isBefore(lastTry);
    }

    private void refresh() {
        if (list == null) {
            fetching.lock();
        } else if (!fetching.tryLock()) {
            return;
        }
        try {
            Instant now = clock.instant();
            if (!due(now)) {
                return;
            }
            lastTry = now;
            Set<String> hashes = fetch();
            list = new Fetched(hashes, now);
            nextTry = now.plus(config.refresh());
            LOG.debugf("Revocation list fetched: %d entries", hashes.size());
        } catch (IOException | RuntimeException e) {
            failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(e);
        } finally {
            fetching.unlock();
        }
    }

    /** The list holds hashes only, so the message may say what went wrong; it carries no personal data. */
    private void failed(Exception e) {
        Duration retry = config.retry().compareTo(config.refresh()) < 0 ? config.retry() : config.refresh();
        nextTry = lastTry.plus(retry);
        Fetched kept = list;
        LOG.warnf("Revocation list not fetched from %s (%s); %s, next try in %s", config.url().orElseThrow(), e,
                kept == null ? "no list yet: valid results say revocation was not checked"
                        : "keeping the list of " + kept.at() + " (" + kept.hashes().size() + " entries)", retry);
    }

    private Set<String> fetch() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri()).timeout(config.timeout())
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        Published published = json.readValue(response.body(), Published.class);
        if (!RevocationHash.HASH_TYPE.equals(published.hashType()) || published.entries() == null) {
            throw new IOException("not a revocation list of hash type " + RevocationHash.HASH_TYPE);
        }
        return published.entries().stream().map(Published.Entry::hash).collect(Collectors.toUnmodifiableSet());
    }

    /** A path means this same server (the one-process server), on whatever port it listens. */
    private URI uri() {
        URI configured = URI.create(config.url().orElseThrow());
        return configured.isAbsolute() ? configured : server.get().getLocalBaseUri().resolve(configured);
    }
}
