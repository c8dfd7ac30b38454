package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;

/** What the single-subject check's tests share: the request, and a clean audit and quota. */
final class RegistryMatchTests {

    static final String MATCH = SubjectMatchResource.PATH;

    private RegistryMatchTests() {
    }

    /** Forgets every disclosure and every account's checks of today. */
    static void forgetDisclosuresAndQuotas(Pool pool) {
        pool.query("TRUNCATE registry_disclosure, registry_quota").executeAndAwait();
    }

    /** Checks a stored subject as stored. */
    static ValidatableResponse check(String token, String subjectId) {
        return check(token, Map.of("subjectId", subjectId));
    }

    /** Checks a stored subject with proposed values. */
    static ValidatableResponse check(String token, String subjectId, Map<String, String> proposed) {
        return check(token, Map.of("subjectId", subjectId, "proposed", proposed));
    }

    static ValidatableResponse check(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(MATCH).then();
    }
}
