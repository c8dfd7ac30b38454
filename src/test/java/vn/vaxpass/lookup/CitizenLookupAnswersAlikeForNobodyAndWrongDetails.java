package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.MatchStatus;

@QuarkusTest
class CitizenLookupAnswersAlikeForNobodyAndWrongDetails {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Inject
    CitizenLookup lookup;

    @Inject
    RecordingSmsQueue sms;

    @Inject
    Pool pool;

    private LookupRows rows;
    private String phone;
    private String subjectId;
    private String client;

    @BeforeEach
    void aSubject() {
        rows = new LookupRows(pool);
        phone = LookupRows.freshPhone();
        client = "198.51.100." + UUID.randomUUID().hashCode() % 200;
        subjectId = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", LookupRows.freshIdNumber(), phone);
        rows.dose(subjectId, 1, 2, LocalDate.of(2021, 8, 2));
        rows.dose(subjectId, 2, 2, LocalDate.of(2021, 9, 14));
        rows.matched(subjectId, MatchStatus.MISMATCH, "name");
    }

    private String e164() {
        return PhoneNumber.parse(phone).orElseThrow().e164();
    }

    @Test
    void matchingDetailsSendACodeThatShowsTheRecord() {
        ChallengeIssued issued = lookup.requestCode(new CodeRequest(phone, "ĐẶNG VĂN ĐỨC", "1985-03-07", "M"), client, NOW)
                .await().indefinitely();

        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(OneTimeCode.LIFETIME));
        List<SmsRequested> sent = sms.sentTo(e164());
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(issued.challengeId());
            assertThat(message.code()).matches("[0-9]{6}");
        });

        List<CitizenRecord> records = lookup.answer(issued.challengeId(), sent.get(0).code(), client, NOW.plusSeconds(60))
                .await().indefinitely();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.subjectId()).isEqualTo(subjectId);
            assertThat(record.doses()).extracting(CitizenRecord.RecordedDose::doseNumber).containsExactly(1, 2);
            assertThat(record.doses().get(0).vaccine()).isEqualTo("Comirnaty");
            assertThat(record.registryCheck().state()).isEqualTo("MISMATCH");
            assertThat(record.registryCheck().whereToFix().communeName()).isEqualTo(LookupRows.COMMUNE_NAME);
            assertThat(record.certificate().available()).isFalse();
            assertThat(record.certificate().reasons()).extracting(CertificateAvailability.Reason::code)
                    .containsExactly("NOT_VERIFIED", "DOSE_NOT_CONFIRMED", "DOSE_NOT_CONFIRMED");
        });
    }

    @Test
    void anUnknownPersonAndWrongDetailsGetTheSameAnswerAndNoSms() {
        String strangersPhone = LookupRows.freshPhone();
        List<CodeRequest> noMatch = List.of(
                new CodeRequest(strangersPhone, "Đặng Văn Đức", "07/03/1985", null),
                new CodeRequest(phone, "Đặng Văn Đúc", "07/03/1985", null),
                new CodeRequest(phone, "Đặng Văn Đức", "08/03/1985", null),
                new CodeRequest(phone, "Đặng Văn Đức", "07/03/1985", "Nữ"));
        for (CodeRequest request : noMatch) {
            ChallengeIssued issued = lookup.requestCode(request, client, NOW).await().indefinitely();
            assertThat(issued.expiresAt()).isEqualTo(NOW.plus(OneTimeCode.LIFETIME));
            assertThat(issued.challengeId()).isNotNull();
            // Every code is wrong, the tries run down as they do for a real challenge, then they are spent.
            for (int left = OneTimeCode.MAX_TRIES - 1; left >= 0; left--) {
                ChallengeRefusedException refused = refused(issued.challengeId(), "123456");
                assertThat(refused.outcome()).isEqualTo(ChallengeAnswer.Outcome.INCORRECT);
                assertThat(refused.triesLeft()).isEqualTo(left);
            }
            assertThat(refused(issued.challengeId(), "123456").outcome())
                    .isEqualTo(ChallengeAnswer.Outcome.TRIES_EXHAUSTED);
        }
        assertThat(sms.sentTo(e164())).isEmpty();
        assertThat(sms.sentTo(PhoneNumber.parse(strangersPhone).orElseThrow().e164())).isEmpty();
    }

    @Test
    void aChallengeOfNobodyRefusesEvenItsOwnUnsentCode() {
        // Its code is random and never sent; even the one guess in a million that hits it is refused.
        UUID id = UUID.randomUUID();
        ChallengeStore challenges = new ChallengeStore(pool, new LookupKeys(new byte[LookupKeys.MIN_KEY_BYTES]));
        challenges.create(id, "424242", List.of(), NOW).await().indefinitely();
        assertThat(challenges.answer(id, "424242", NOW).await().indefinitely().outcome())
                .isEqualTo(ChallengeAnswer.Outcome.INCORRECT);
    }

    private ChallengeRefusedException refused(UUID challengeId, String code) {
        return catchThrowableOfType(ChallengeRefusedException.class,
                () -> lookup.answer(challengeId, code, client, NOW.plusSeconds(30)).await().indefinitely());
    }
}
