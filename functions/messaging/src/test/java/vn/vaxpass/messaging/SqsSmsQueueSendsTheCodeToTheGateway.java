package vn.vaxpass.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsQueue;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/** An sms-requested message reaches the SQS queue as its versioned JSON, phone in E.164, code as sent. */
@QuarkusTest
class SqsSmsQueueSendsTheCodeToTheGateway {

    @Inject
    SmsQueue queue;

    @Test
    void aSentCodeIsInTheQueueAsVersionedJson() throws Exception {
        UUID challenge = UUID.fromString("7d0c4d55-9d1c-4f1a-8f0e-2a110b6f3c52");
        Instant expires = Instant.parse("2026-05-01T08:05:00Z");

        queue.send(SmsRequested.lookupCode(challenge, PhoneNumber.parse("0912 345 678").orElseThrow(), "004271", expires))
                .await().indefinitely();

        var bodies = ElasticMqResource.receive("sms-requested");
        assertThat(bodies).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(bodies.get(0));
        assertThat(json.get("v").asInt()).isEqualTo(SmsRequested.VERSION);
        assertThat(json.get("messageId").asText()).isEqualTo(challenge.toString());
        assertThat(json.get("purpose").asText()).isEqualTo(SmsRequested.LOOKUP_CODE);
        assertThat(json.get("phone").asText()).isEqualTo("+84912345678");
        assertThat(json.get("code").asText()).isEqualTo("004271");
        assertThat(json.get("expiresAt").asText()).isEqualTo("2026-05-01T08:05:00Z");
    }
}
