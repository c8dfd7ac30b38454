package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class ChallengeStoreAcceptsACodeOnceWithinItsLifeAndTries {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final String CODE = "004271";

    @Inject
    ChallengeStore challenges;

    @Inject
    Pool pool;

    private UUID challenge() {
        UUID id = UUID.randomUUID();
        challenges.create(id, CODE, List.of("S-1", "S-2"), NOW).await().indefinitely();
        return id;
    }

    private ChallengeAnswer.Outcome answer(UUID id, String code, Instant at) {
        return challenges.answer(id, code, at).await().indefinitely().outcome();
    }

    @Test
    void theRightCodeShowsTheChallengesSubjects() {
        ChallengeAnswer answer = challenges.answer(challenge(), CODE, NOW.plusSeconds(10)).await().indefinitely();
        assertThat(answer.outcome()).isEqualTo(ChallengeAnswer.Outcome.ACCEPTED);
        assertThat(answer.subjectIds()).containsExactly("S-1", "S-2");
    }

    @Test
    void aUsedCodeIsRefused() {
        UUID id = challenge();
        assertThat(answer(id, CODE, NOW)).isEqualTo(ChallengeAnswer.Outcome.ACCEPTED);
        assertThat(answer(id, CODE, NOW.plusSeconds(1))).isEqualTo(ChallengeAnswer.Outcome.ALREADY_USED);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        UUID id = challenge();
        assertThat(answer(id, CODE, NOW.plus(OneTimeCode.LIFETIME))).isEqualTo(ChallengeAnswer.Outcome.EXPIRED);
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightCode() {
        UUID id = challenge();
        for (int i = 0; i < OneTimeCode.MAX_TRIES; i++) {
            assertThat(answer(id, "999999", NOW)).isEqualTo(ChallengeAnswer.Outcome.INCORRECT);
        }
        assertThat(answer(id, CODE, NOW)).isEqualTo(ChallengeAnswer.Outcome.TRIES_EXHAUSTED);
    }

    @Test
    void theFifthTryMayStillBeRight() {
        UUID id = challenge();
        for (int i = 0; i < OneTimeCode.MAX_TRIES - 1; i++) {
            answer(id, "999999", NOW);
        }
        assertThat(answer(id, CODE, NOW)).isEqualTo(ChallengeAnswer.Outcome.ACCEPTED);
    }

    @Test
    void anUnknownChallengeIsSaidToBeUnknown() {
        assertThat(answer(UUID.randomUUID(), CODE, NOW)).isEqualTo(ChallengeAnswer.Outcome.UNKNOWN);
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() {
        UUID id = challenge();
        byte[] stored = pool.preparedQuery("SELECT code_hash FROM lookup_challenge WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getBuffer(0).getBytes();
        assertThat(stored).hasSize(32);
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(CODE.getBytes()));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(CODE);
    }
}
