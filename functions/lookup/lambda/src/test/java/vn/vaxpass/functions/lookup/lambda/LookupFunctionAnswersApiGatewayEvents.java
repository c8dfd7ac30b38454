package vn.vaxpass.functions.lookup.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.TestTokens;

/**
 * Through the Lambda runtime, with API Gateway HTTP API (payload v2) events posted raw to the mock event server, so
 * that each carries the request context the gateway fills in: the per-client limit counts its {@code sourceIp}.
 */
@QuarkusTest
class LookupFunctionAnswersApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    @Test
    void aCitizenLooksUpTheirOwnIdNumber() throws Exception {
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = new LookupRows(pool).subject("Đặng Văn Đức", "07/03/1985", "Nam", idNumber,
                LookupRows.freshPhone());
        String token = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, idNumber).mint();

        JsonPath answer = invoke(event("POST", "/v1/lookup/by-id-number", sourceIp(),
                Map.of("idNumber", idNumber, "dateOfBirth", "1985-03-07"), token));

        assertThat(answer.getInt("statusCode")).isEqualTo(200);
        JsonPath body = JsonPath.from(answer.getString("body"));
        assertThat(body.getString("records[0].subjectId")).isEqualTo(subjectId);
        assertThat(body.getString("records[0].session.token")).isNotBlank();
    }

    @Test
    void theCodeGoesToTheSmsQueueAndAnswersWithTheRecord() throws Exception {
        String phone = LookupRows.freshPhone();
        String subjectId = new LookupRows(pool).subject("Nguyễn Thị Thuý Hằng", "07/03/1985", "Nữ",
                LookupRows.freshIdNumber(), phone);

        JsonPath requested = invoke(event("POST", "/v1/lookup/challenges", sourceIp(),
                Map.of("phone", phone, "fullName", "Nguyễn Thị Thúy Hằng", "dateOfBirth", "7/3/1985"), null));
        assertThat(requested.getInt("statusCode")).isEqualTo(202);
        String challengeId = JsonPath.from(requested.getString("body")).getString("challengeId");

        JsonPath sms = JsonPath.from(ElasticMqResource.receive("sms-requested").get(0));
        assertThat(sms.getString("messageId")).isEqualTo(challengeId);
        assertThat(sms.getString("phone")).isEqualTo("+84" + phone.substring(1));

        JsonPath answered = invoke(event("POST", "/v1/lookup/challenges/" + challengeId + "/answer", sourceIp(),
                Map.of("code", sms.getString("code")), null));
        assertThat(answered.getInt("statusCode")).isEqualTo(200);
        assertThat(JsonPath.from(answered.getString("body")).getString("records[0].subjectId")).isEqualTo(subjectId);
    }

    @Test
    void aCodeRequestIsAcceptedAlike() throws Exception {
        JsonPath answer = invoke(event("POST", "/v1/lookup/challenges", sourceIp(),
                Map.of("phone", LookupRows.freshPhone(), "fullName", "Nobody Known", "dateOfBirth", "1990"), null));
        assertThat(answer.getInt("statusCode")).isEqualTo(202);
        assertThat(JsonPath.from(answer.getString("body")).getString("challengeId")).isNotBlank();
        assertThat(ElasticMqResource.messages("sms-requested")).isZero();
    }

    @Test
    void thePerClientLimitCountsTheGatewaysSourceIp() throws Exception {
        String busy = sourceIp();
        Map<String, String> wrongCode = Map.of("code", "123456");
        String path = "/v1/lookup/challenges/" + UUID.randomUUID() + "/answer";
        for (int i = 0; i < 3; i++) {
            assertThat(invoke(event("POST", path, busy, wrongCode, null)).getInt("statusCode")).isEqualTo(404);
        }
        JsonPath refused = invoke(event("POST", path, busy, wrongCode, null));
        assertThat(refused.getInt("statusCode")).isEqualTo(429);
        assertThat(JsonPath.from(refused.getString("body")).getString("code")).isEqualTo("TOO_MANY_REQUESTS_FROM_CLIENT");
        assertThat(refused.getMap("headers")).containsKey("Retry-After");

        // Another address behind the same gateway has its own count.
        assertThat(invoke(event("POST", path, sourceIp(), wrongCode, null)).getInt("statusCode")).isEqualTo(404);
    }

    @Test
    void aPortalTokenForAnotherIdNumberGetsNothing() throws Exception {
        String token = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, LookupRows.freshIdNumber()).mint();
        JsonPath answer = invoke(event("POST", "/v1/lookup/by-id-number", sourceIp(),
                Map.of("idNumber", LookupRows.freshIdNumber(), "dateOfBirth", "1985"), token));
        assertThat(answer.getInt("statusCode")).isEqualTo(403);
        assertThat(JsonPath.from(answer.getString("body")).getString("code")).isEqualTo("NOT_YOUR_ID_NUMBER");
    }

    private static String sourceIp() {
        return "203.0.113." + Math.floorMod(UUID.randomUUID().hashCode(), 250);
    }

    /** An API Gateway HTTP API event, payload format 2.0, as the gateway sends it for a JSON POST. */
    private static String event(String method, String path, String sourceIp, Object body, String token) throws Exception {
        Map<String, String> headers = token == null ? Map.of("content-type", "application/json")
                : Map.of("content-type", "application/json", "authorization", "Bearer " + token);
        Map<String, Object> event = Map.of(
                "version", "2.0",
                "routeKey", method + " " + path,
                "rawPath", path,
                "rawQueryString", "",
                "headers", headers,
                "requestContext", Map.of(
                        "accountId", "123456789012", "apiId", "api", "domainName", "api.example.vn", "stage", "$default",
                        "requestId", UUID.randomUUID().toString(), "routeKey", method + " " + path,
                        "timeEpoch", System.currentTimeMillis(),
                        "http", Map.of("method", method, "path", path, "protocol", "HTTP/1.1", "sourceIp", sourceIp,
                                "userAgent", "test")),
                "body", JSON.writeValueAsString(body),
                "isBase64Encoded", false);
        return JSON.writeValueAsString(event);
    }

    private static JsonPath invoke(String event) {
        return given().contentType(ContentType.JSON).body(event).when().post(mockEventServer() + "/_lambda_")
                .then().extract().jsonPath();
    }

    private static String mockEventServer() {
        return "http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
    }
}
