package vn.vaxpass.server.correction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import picocli.CommandLine.Option;

/**
 * Where the worklist commands send their requests, and as whom: the API's base address and a bearer token (a staff
 * token of the province's own sign-on, or {@code deploy/vaxpass token} against a local server). The commands speak
 * HTTP to the correction function, as a clerk's browser does, so that a province can script them against the real
 * API: every rule (who may, quotas, audit) is the server's.
 */
public class WorklistServer {

    /** The environment variable the token is read from when {@code --token} is not given. */
    static final String TOKEN_VARIABLE = "VAXPASS_TOKEN";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Option(names = "--url", defaultValue = "http://localhost:8080",
            description = "The API's base address (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token", description = "Bearer token; default: the " + TOKEN_VARIABLE + " environment variable.")
    String token;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** GET of a path, the body as bytes. */
    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A method with a body of a content type, the answer as text (the server's JSON). */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether a token was given, by option or environment. */
    boolean hasToken() {
        return bearer() != null;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer());
    }

    private String bearer() {
        String given = token != null ? token : System.getenv(TOKEN_VARIABLE);
        return given == null || given.isBlank() ? null : given.strip();
    }
}
