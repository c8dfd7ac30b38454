package vn.vaxpass.functions.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.lambda.FunctionDatabase;
import vn.vaxpass.testing.lambda.PackagedFunction;

/**
 * The triggers' {@code function.zip}, started as Lambda starts the sms-requested function (the JVM build on AWS's
 * runtime client here, the native {@code bootstrap} in the GitHub workflow's native job): the handler chosen by
 * {@code QUARKUS_LAMBDA_HANDLER} as Terraform does, raw SQS events, texts through the real SNS client to the in-repo
 * AWS stand-in, and the environment Terraform gives it: the database (a fresh one, migrated here with Flyway; no TLS
 * locally, so its URLs drop {@code sslmode=verify-full}) and its credentials' secret from the same stand-in.
 * Test-only: the SNS endpoint ({@code VAXPASS_SMS_ENDPOINT}; AWS's own in Lambda).
 */
class TheTriggersZipTextsThroughSnsUnderTheLambdaRuntimeIT {

    private static final String QUEUE = "sms-requested";
    private static final String PHONE = "+84912000071";
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static AwsTestServer aws;
    @AutoClose
    private static FunctionDatabase database;
    @AutoClose
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws IOException {
        aws = new AwsTestServer();
        database = FunctionDatabase.migrated(aws);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("QUARKUS_LAMBDA_HANDLER", SmsRequestedHandler.NAME);
        environment.put("VAXPASS_SMS_ENDPOINT", aws.endpoint().toString());
        function = PackagedFunction.start(environment);
    }


    @Test
    void aCodeDeliveredTwiceIsTextedOnceToItsPhone() throws IOException {
        String code = SmsRequested.lookupCode(UUID.randomUUID(), PhoneNumber.parse(PHONE).orElseThrow(), "004271",
                Instant.now().plusSeconds(300)).toJson();

        JsonNode answer = handle(SqsEvents.record(QUEUE, "m-1", code), SqsEvents.record(QUEUE, "m-1-again", code));

        assertThat(answer.path("batchItemFailures").size()).isZero();
        List<AwsTestServer.Request> published = aws.requests().stream()
                .filter(request -> AwsTestServer.SNS_PUBLISH.equals(request.target()))
                .filter(request -> PHONE.equals(request.body().path("PhoneNumber").asText())).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).body().path("Message").asText()).contains("004271");
    }

    @Test
    void anUnreadableMessageIsReportedByItsMessageId() throws IOException {
        JsonNode answer = handle(SqsEvents.record(QUEUE, "m-bad",
                "{\"v\":1,\"messageId\":\"x\",\"purpose\":\"lookup-code\",\"phone\":\"=cmd\"}"));

        assertThat(answer.path("batchItemFailures").findValuesAsText("itemIdentifier")).containsExactly("m-bad");
    }

    @Test
    void itLogsJsonLinesWithoutThePhoneNumber() throws IOException {
        handle(SqsEvents.record(QUEUE, "m-log", SmsRequested.lookupCode(UUID.randomUUID(),
                PhoneNumber.parse("+84912000072").orElseThrow(), "555555", Instant.now().plusSeconds(300)).toJson()));

        assertThat(function.log()).contains("{\"timestamp\"").doesNotContain("912000072").doesNotContain("555555");
    }

    private static JsonNode handle(String... records) throws IOException {
        return JSON.readTree(function.invoke(SqsEvents.event(records)));
    }
}
