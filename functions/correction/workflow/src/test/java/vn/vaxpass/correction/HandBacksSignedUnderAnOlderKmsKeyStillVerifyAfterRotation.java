package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.signing.KmsSignerException;
import vn.vaxpass.signing.KmsTestClients;
import vn.vaxpass.testing.aws.AwsTestServer;
import vn.vaxpass.testing.aws.KmsTestKey;

/** Hand-back keys in KMS, through the real SDK client against the stand-in: sign, serve by kid, rotate. */
class HandBacksSignedUnderAnOlderKmsKeyStillVerifyAfterRotation {

    private static final KmsTestKey FIRST = KmsTestKey.eccNistP256();
    private static final KmsTestKey SECOND = KmsTestKey.eccNistP256();
    private static final KmsTestKey RSA = KmsTestKey.rsa2048();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private AwsTestServer aws;
    private KmsClient client;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsTestServer().add(FIRST).add(SECOND).add(RSA);
        client = KmsTestClients.against(aws);
    }

    @AfterEach
    void stop() {
        client.close();
        aws.close();
    }

    @Test
    void aHandBackSignedBeforeARotationStillVerifiesAndTheNewestKeySignsAfterIt() {
        HandBackDocument beforeRotation = documents(List.of(FIRST.keyId()));
        HandBackDocument.Signed old = beforeRotation.sign(content());

        HandBackDocument afterRotation = documents(List.of(FIRST.keyId(), SECOND.keyId()));
        HandBackDocument.Signed fresh = afterRotation.sign(content());

        assertThat(old.keyId()).isEqualTo(HandBackKeys.keyId(FIRST.publicKey()));
        assertThat(fresh.keyId()).isEqualTo(HandBackKeys.keyId(SECOND.publicKey()));
        assertThat(afterRotation.check(old.document()).valid()).isTrue();
        assertThat(afterRotation.check(fresh.document()).valid()).isTrue();
        assertThat(afterRotation.check(fresh.document()).content().decisionsHash()).isEqualTo(content().decisionsHash());
    }

    @Test
    void everyKeyIsServedByTheKidComputedAsForPemKeys() {
        HandBackKeys keys = new KmsHandBackKeys(client, List.of(FIRST.keyId(), SECOND.keyId()));

        assertThat(keys.publicKeys()).containsOnlyKeys(HandBackKeys.keyId(FIRST.publicKey()),
                HandBackKeys.keyId(SECOND.publicKey()));
        assertThat(keys.publicKeys().keySet()).first().isEqualTo(HandBackKeys.keyId(FIRST.publicKey()));
        assertThat(keys.currentKeyId()).isEqualTo(HandBackKeys.keyId(SECOND.publicKey()));
    }

    @Test
    void kmsIsSentOnlyTheDigestOfWhatIsSigned() {
        documents(List.of(FIRST.keyId())).sign(content());

        assertThat(aws.calls(AwsTestServer.KMS_SIGN)).isEqualTo(1);
        assertThat(aws.requests()).filteredOn(r -> r.target().equals(AwsTestServer.KMS_SIGN))
                .allSatisfy(r -> assertThat(r.body().get("MessageType").asText()).isEqualTo("DIGEST"));
    }

    @Test
    void aDocumentAlteredAfterSigningUnderKmsFailsItsSignature() {
        HandBackDocument documents = documents(List.of(FIRST.keyId()));
        String[] parts = documents.sign(content()).document().split("\\.");
        String other = documents.sign(new HandBackDocument.Content(HandBackSigning.DOCUMENT_TYPE, UUID.randomUUID(),
                "00004", "police-2", Instant.now(), "c", "d", List.of())).document().split("\\.")[1];

        assertThat(documents.check(parts[0] + "." + other + "." + parts[2]).problem())
                .isEqualTo(HandBackDocument.HAND_BACK_SIGNATURE_INVALID);
    }

    @Test
    void aKeyThatIsNotP256IsRefusedWhenFirstUsed() {
        HandBackKeys keys = new KmsHandBackKeys(client, List.of(RSA.keyId()));

        assertThatThrownBy(keys::currentKeyId).isInstanceOf(KmsSignerException.class)
                .extracting(e -> ((KmsSignerException) e).reason()).isEqualTo(KmsSignerException.Reason.KEY_NOT_USABLE);
    }

    private HandBackDocument documents(List<String> kmsKeyIds) {
        return new HandBackDocument(new KmsHandBackKeys(client, kmsKeyIds), JSON);
    }

    private static HandBackDocument.Content content() {
        return new HandBackDocument.Content(HandBackSigning.DOCUMENT_TYPE, UUID.fromString(
                "6f1c2a44-0d8e-4c59-9a43-2b1f0e5d7a10"), "00001", "police-1", Instant.parse("2026-12-01T08:00:00Z"),
                "a".repeat(64), "b".repeat(64), List.of(new HandBackDocument.Decision(1, "S-1", "CONFIRMED",
                        "e".repeat(64))));
    }
}
