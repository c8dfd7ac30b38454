package vn.vaxpass.registry;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.registry.RegistryServiceException.Code;

/**
 * The population registry asked over HTTP at every fetch, for deployments that keep no copy of it.
 *
 * <h2>The service's contract</h2>
 * {@code POST {base-url}/v1/persons:lookup}, {@code Content-Type: application/json}, one request per fetch:
 * <pre>{@code
 * {"id_numbers": ["001085012345"], "old_id_numbers": ["123456789"],
 *  "name_blocks": [{"name_key": "DANG VAN DUC", "birth_year": 1985}],
 *  "commune_blocks": [{"commune_code": "00004", "birth_year": 1985}]}
 * }</pre>
 * answered {@code 200} with every person whose {@code id_number} or {@code old_id_number} is asked for, and
 * everyone of each block: a name block is the people born that year whose full name has the {@code name_key} (the
 * name's diacritics-free key: marks removed, Đ as D, upper case, single spaces, as
 * {@link vn.vaxpass.identity.VietnameseNameCanonicalizer#diacriticsFreeKey} computes it); a commune block, the
 * people of that commune born that year. Whole blocks, never part of one.
 * <pre>{@code
 * {"persons": [{"id_number": "001085012345", "old_id_number": "123456789", "full_name": "Đặng Văn Đức",
 *               "date_of_birth": "1985-03-07", "gender": "M", "commune_code": "00004"}]}
 * }</pre>
 * {@code old_id_number} is null or absent for none; {@code date_of_birth} is {@code YYYY-MM-DD} or {@code YYYY};
 * {@code gender} is {@code M} or {@code F}. A person may be listed more than once. A {@code 4xx} other than
 * {@code 429} refuses the request; {@code 429} and {@code 5xx} ask to come back later. docs/registry-service.md
 * tells the same for the service's implementers.
 *
 * <h2>Failures</h2>
 * A connection error, no answer within the read timeout, {@code 429} or a {@code 5xx} is tried again, up to
 * {@code retries} times, after a backoff that doubles each time up to {@code max-backoff} (randomised, so that
 * chunks failing together do not come back together); anything else fails at once. Each failure point has its own
 * {@link RegistryServiceException.Code}; neither the exception nor the log names a person.
 *
 * <p>Answers are read and their keys computed on a worker thread, not on the event loop that carried them.
 */
public final class RegistryHttpClient implements PopulationRegistry, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RegistryHttpClient.class);

    private static final int OK = 200;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int CLIENT_ERRORS = 400;
    private static final int SERVER_ERRORS = 500;
    private static final int NO_MORE_STATUSES = 600;

    private final HttpClient http;
    private final String lookupUrl;
    private final long readTimeoutMillis;
    private final int retries;
    private final Duration backoff;
    private final Duration maxBackoff;

    /** @throws IllegalArgumentException when the base URL is missing or a setting is out of range */
    public RegistryHttpClient(Vertx vertx, RegistryConfig.Http config) {
        URI base = config.baseUrl().orElseThrow(() -> new IllegalArgumentException(
                "vaxpass.registry.http.base-url must be set when vaxpass.registry.source is http"));
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("vaxpass.registry.http.base-url must be an http or https URL");
        }
        this.lookupUrl = base.toString().replaceAll("/+$", "") + RegistryLookup.PATH;
        this.readTimeoutMillis = positiveMillis(config.readTimeout(), "read-timeout");
        this.retries = config.retries();
        if (retries < 0) {
            throw new IllegalArgumentException("vaxpass.registry.http.retries must be 0 or more");
        }
        this.backoff = config.backoff();
        this.maxBackoff = config.maxBackoff();
        positiveMillis(backoff, "backoff");
        positiveMillis(maxBackoff, "max-backoff");
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(positiveMillis(config.connectTimeout(), "connect-timeout"))));
    }

    @Override
    public Uni<RegistryView> fetch(MatchRequests requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(new InMemoryRegistryView());
        }
        Buffer body = Buffer.buffer(RegistryLookup.request(requests));
        AtomicInteger attempts = new AtomicInteger();
        Uni<byte[]> answer = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return attempt(body);
        });
        if (retries > 0) {
            answer = answer
                    .onFailure(RegistryHttpClient::isTransient).invoke(failure -> logRetry(failure, attempts.get()))
                    .onFailure(RegistryHttpClient::isTransient).retry().withBackOff(backoff, maxBackoff).atMost(retries);
        }
        return answer
                .onFailure().transform(failure -> givenUp(failure, attempts.get()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(RegistryLookup::answer);
    }

    /** One request and its whole answer; fails with the {@link RegistryServiceException} of its failure point. */
    private Uni<byte[]> attempt(Buffer body) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(lookupUrl)
                .setIdleTimeout(readTimeoutMillis)
                .putHeader(HttpHeaders.CONTENT_TYPE, RegistryLookup.JSON_MEDIA_TYPE)
                .putHeader(HttpHeaders.ACCEPT, RegistryLookup.JSON_MEDIA_TYPE);
        return http.request(request)
                .chain(sent -> sent.send(body))
                .chain(response -> response.body().map(answer -> checked(response, answer)))
                .onFailure(failure -> !(failure instanceof RegistryServiceException))
                .transform(RegistryHttpClient::transportFailure);
    }

    private static byte[] checked(HttpClientResponse response, Buffer answer) {
        int status = response.statusCode();
        if (status == OK) {
            return answer.getBytes();
        }
        // The body of a refusal is not read into the message: it may quote the request.
        if (status == TOO_MANY_REQUESTS || (status >= SERVER_ERRORS && status < NO_MORE_STATUSES)) {
            throw new RegistryServiceException(Code.REGISTRY_UNAVAILABLE, "the registry service answered HTTP " + status);
        }
        if (status >= CLIENT_ERRORS && status < SERVER_ERRORS) {
            throw new RegistryServiceException(Code.REGISTRY_REJECTED_REQUEST,
                    "the registry service refused the request with HTTP " + status);
        }
        throw new RegistryServiceException(Code.REGISTRY_INVALID_ANSWER,
                "the registry service answered HTTP " + status + ", not 200");
    }

    private static Throwable transportFailure(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return new RegistryServiceException(Code.REGISTRY_TIMED_OUT,
                    "the registry service sent no answer within the read timeout", failure);
        }
        if (failure instanceof IOException || failure instanceof VertxException) {
            return new RegistryServiceException(Code.REGISTRY_UNAVAILABLE,
                    "no connection to the registry service (" + failure.getClass().getSimpleName() + ")", failure);
        }
        return failure;
    }

    private static boolean isTransient(Throwable failure) {
        return failure instanceof RegistryServiceException e && e.isTransient();
    }

    private void logRetry(Throwable failure, int attempt) {
        if (attempt <= retries) {
            LOG.warnf("Registry service lookup, attempt %d of %d: %s; trying again", attempt, retries + 1,
                    failure.getMessage());
        }
    }

    /** The last attempt's failure, saying how many were made (Mutiny wraps it when the retries run out). */
    private static Throwable givenUp(Throwable failure, int attempts) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryServiceException e) {
                return e.afterAttempts(attempts);
            }
        }
        return failure;
    }

    private static long positiveMillis(Duration duration, String property) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("vaxpass.registry.http." + property + " must be positive");
        }
        return duration.toMillis();
    }

    @Override
    public void close() {
        http.closeAndForget();
    }
}
