package vn.vaxpass.functions.lookup.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.testing.FunctionTokenEnvironment;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;
import vn.vaxpass.testing.lambda.PackagedFunction.GatewayAnswer;

/**
 * The lookup function's {@code function.zip}, started as Lambda starts it (the JVM build on AWS's runtime client here,
 * the native {@code bootstrap} in the GitHub workflow's native job) with the environment Terraform gives it: the
 * database (a fresh one, migrated here with Flyway; no TLS locally, so its URLs drop {@code sslmode=verify-full}) and
 * its credentials' secret from the in-repo AWS stand-in, the token settings, the session and hash keys, and the
 * sms-requested queue's URL, on an embedded ElasticMQ. Test-only: the SQS endpoint
 * ({@code MP_MESSAGING_CONNECTOR_SMALLRYE_SQS_ENDPOINT_OVERRIDE}; AWS's own in Lambda).
 */
class TheLookupZipTextsACodeThroughTheLambdaRuntimeIT {

    private static final String SMS_REQUESTED = "sms-requested";
    private static final String HASH_KEY = "dGVzdC1vbmx5LWxvb2t1cC1oYXNoLWtleS0zMi1ieXRlcyEh";
    private static final Map<String, String> JSON_CALL = Map.of("content-type", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose("stop")
    private static ElasticMqResource sqs;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer();
        sqs = new ElasticMqResource();
        sqs.init(Map.of(ElasticMqResource.QUEUES, SMS_REQUESTED));
        Map<String, String> sqsConfig = sqs.start();
        database = FunctionDatabase.migrated(aws);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(FunctionTokenEnvironment.tokens());
        environment.put("VAXPASS_LOOKUP_HASH_KEY", HASH_KEY);
        environment.put("VAXPASS_QUEUE_SMS_REQUESTED_URL", ElasticMqResource.queueUrl(SMS_REQUESTED));
        environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_SQS_ENDPOINT_OVERRIDE",
                sqsConfig.get("mp.messaging.connector.smallrye-sqs.endpoint-override"));
        function = PackagedFunction.start(environment);
    }


    @Test
    void theCodeGoesToTheSmsQueueAndItsAnswerGivesTheRecord() throws IOException {
        String phone = LookupRows.freshPhone();
        String subjectId = new LookupRows(database.pool()).subject("Nguyễn Thị Thuý Hằng", "07/03/1985", "Nữ",
                LookupRows.freshIdNumber(), phone);

        GatewayAnswer requested = function.http("POST", "/v1/lookup/challenges", JSON_CALL,
                "{\"phone\":\"" + phone + "\",\"fullName\":\"Nguyễn Thị Thúy Hằng\",\"dateOfBirth\":\"7/3/1985\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        String challengeId = requested.json().path("challengeId").asText();

        List<String> texts = ElasticMqResource.receive(SMS_REQUESTED);
        assertThat(texts).hasSize(1);
        JsonNode sms = JSON.readTree(texts.get(0));
        assertThat(sms.path("messageId").asText()).isEqualTo(challengeId);

        GatewayAnswer answered = function.http("POST", "/v1/lookup/challenges/" + challengeId + "/answer", JSON_CALL,
                "{\"code\":\"" + sms.path("code").asText() + "\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("records").path(0).path("subjectId").asText()).isEqualTo(subjectId);
    }

    @Test
    void aLookupByIdNumberWithoutThePortalLoginIsRefusedWith401() {
        GatewayAnswer answer = function.http("POST", "/v1/lookup/by-id-number", JSON_CALL,
                "{\"idNumber\":\"" + LookupRows.freshIdNumber() + "\",\"dateOfBirth\":\"1985\"}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aPortalLoginForAnotherIdNumberIsRefusedWith403AndItsCode() {
        String token = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, LookupRows.freshIdNumber()).mint();

        GatewayAnswer answer = function.http("POST", "/v1/lookup/by-id-number",
                Map.of("content-type", "application/json", "authorization", "Bearer " + token),
                "{\"idNumber\":\"" + LookupRows.freshIdNumber() + "\",\"dateOfBirth\":\"1985\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("code").asText()).isEqualTo("NOT_YOUR_ID_NUMBER");
    }

    @Test
    void itLogsJsonLinesWithoutPhoneOrName() {
        String phone = LookupRows.freshPhone();
        function.http("POST", "/v1/lookup/challenges", JSON_CALL,
                "{\"phone\":\"" + phone + "\",\"fullName\":\"Trần Văn Bình\",\"dateOfBirth\":\"1990\"}");
        ElasticMqResource.receive(SMS_REQUESTED);

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain(phone).doesNotContain("Trần Văn Bình");
    }
}
