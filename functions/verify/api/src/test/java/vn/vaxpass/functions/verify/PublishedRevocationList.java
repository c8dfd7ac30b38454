package vn.vaxpass.functions.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.vaxpass.certificate.revocation.RevocationHash;

/**
 * A deployment's published revocation list, served over real HTTP by the JDK's server on a free port, for the verify
 * function to fetch ({@code vaxpass.revocations.url}). A test changes what it serves with a PUT to the same path
 * (body and status), over HTTP too, as the test and this resource need share no class loader.
 */
public class PublishedRevocationList implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/v1/revocations";
    private static final String EXPIRES = "2099-01-01T00:00:00Z";

    private HttpServer server;
    private volatile byte[] body = listing().getBytes();
    private volatile int status = 200;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::handle);
        server.start();
        return Map.of("vaxpass.revocations.url", "http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("PUT".equals(exchange.getRequestMethod())) {
                String query = exchange.getRequestURI().getQuery();
                status = query == null ? 200 : Integer.parseInt(query.substring(query.indexOf('=') + 1));
                body = exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] answer = body;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The list the sign function publishes, with these certificates on it. */
    static String listing(String... uvcis) {
        return "{\"country\":\"VN\",\"hashType\":\"" + RevocationHash.HASH_TYPE + "\",\"entries\":["
                + Arrays.stream(uvcis).map(uvci -> "{\"hash\":\"" + RevocationHash.of(uvci) + "\",\"expires\":\"" + EXPIRES + "\"}")
                        .collect(Collectors.joining(",")) + "]}";
    }

    /** From now on the list at {@code url} names these certificates. */
    static void publish(String url, String... uvcis) {
        put(url, listing(uvcis));
    }

    /** From now on the list at {@code url} answers with this status and no list. */
    static void failWith(String url, int status) {
        put(url + "?status=" + status, "{}");
    }

    private static void put(String url, String body) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("The test list refused the change: HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
