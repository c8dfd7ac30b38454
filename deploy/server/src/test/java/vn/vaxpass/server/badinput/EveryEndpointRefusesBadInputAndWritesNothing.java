package vn.vaxpass.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The bad-input catalogue ({@link BadInputs}, issue 14): every endpoint that reads a body, a path or a query, called
 * by a caller who may call it with input it must refuse. Each case gets its status and its problem code, an answer
 * with no stack trace or Java name in it, and leaves every table an endpoint writes as it was.
 */
@QuarkusTest
class EveryEndpointRefusesBadInputAndWritesNothing {

    /** Traces of internals an answer must never carry. */
    private static final List<String> INTERNALS = List.of("Exception", "at vn.", "java.", "jakarta.", "io.quarkus",
            "com.fasterxml");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    Pool pool;
    @Inject
    BadInputPlaces places;

    @TestFactory
    Stream<DynamicTest> eachCaseIsRefusedWithItsCodeAndChangesNothing() {
        List<BadInput> catalogue = BadInputs.against(places.make());
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(200);
        return catalogue.stream().map(bad -> DynamicTest.dynamicTest(bad.toString(), () -> refusedAndNothingWritten(bad)));
    }

    private void refusedAndNothingWritten(BadInput bad) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(pool);
        HttpResponse<String> answer = send(bad);
        Map<String, String> written = DatabaseSnapshot.of(pool).changesSince(before);

        String body = answer.body();
        String shown = bad + "; answer: " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        assertThat(answer.statusCode()).as("status of %s", shown).isEqualTo(bad.status());
        assertThat(answer.headers().firstValue("Content-Type")).as("a JSON answer to %s", shown).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonPath problem = JsonPath.from(body);
        assertThat(problem.getString(bad.codeField())).as("code of %s", shown).isEqualTo(bad.code());
        if (BadInput.PROBLEM_CODE.equals(bad.codeField())) {
            assertThat(problem.getString("message")).as("a message to act on, %s", shown).isNotBlank();
        }
        assertThat(body).as("no internals in the answer to %s", shown).doesNotContain(INTERNALS);
        assertThat(written).as("tables written by %s", bad).isEmpty();
    }

    private static HttpResponse<String> send(BadInput bad) throws Exception {
        byte[] body = bad.body().get();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + bad.path()))
                .timeout(PATIENCE)
                .method(bad.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bad.token() != null) {
            request.header("Authorization", "Bearer " + bad.token());
        }
        if (bad.contentType() != null && body != null) {
            request.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach(request::header);
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
