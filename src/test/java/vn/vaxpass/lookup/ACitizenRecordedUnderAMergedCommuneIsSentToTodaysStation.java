package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.MatchStatus;

/**
 * A record keeps the commune code it was entered with (Trúc Bạch, 00004), but Trúc Bạch was merged into Phúc Xá
 * (00001): the lookup tells the citizen to go to Phúc Xá's station, read with the record in the same statement.
 */
@QuarkusTest
class ACitizenRecordedUnderAMergedCommuneIsSentToTodaysStation {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final String PHUC_XA = "00001";

    @Inject
    CitizenLookup lookup;

    @Inject
    RecordingSmsQueue sms;

    @Inject
    Pool pool;

    private String phone;

    @BeforeEach
    void aSubjectOfTrucBachMergedIntoPhucXa() {
        LookupRows rows = new LookupRows(pool);
        pool.query("INSERT INTO commune (commune_code, province_code, name) VALUES ('" + PHUC_XA + "', '01',"
                + " 'Phường Phúc Xá') ON CONFLICT (commune_code) DO NOTHING").executeAndAwait();
        pool.query("TRUNCATE commune_successor").executeAndAwait();
        pool.query("INSERT INTO commune_successor (old_code, current_code) VALUES ('" + LookupRows.COMMUNE + "', '"
                + PHUC_XA + "')").executeAndAwait();
        phone = LookupRows.freshPhone();
        String subjectId = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", LookupRows.freshIdNumber(), phone);
        rows.dose(subjectId, 1, 2, LocalDate.of(2021, 8, 2));
        rows.matched(subjectId, MatchStatus.MISMATCH, "name");
    }

    @AfterEach
    void noMergedCommunesForTheOtherTests() {
        pool.query("TRUNCATE commune_successor").executeAndAwait();
    }

    @Test
    void theRecordNamesTheStationOfTheCommuneItsOldCodeWasMergedInto() {
        String client = "198.51.100." + Math.floorMod(UUID.randomUUID().hashCode(), 200);
        ChallengeIssued issued = lookup.requestCode(new CodeRequest(phone, "ĐẶNG VĂN ĐỨC", "1985-03-07", "M"), client, NOW)
                .await().indefinitely();
        String e164 = PhoneNumber.parse(phone).orElseThrow().e164();
        List<SmsRequested> sent = sms.sentTo(e164);

        List<CitizenRecord> records = lookup.answer(issued.challengeId(), sent.get(0).code(), client,
                NOW.plusSeconds(60)).await().indefinitely();

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.registryCheck().whereToFix().communeCode()).isEqualTo(PHUC_XA);
            assertThat(record.registryCheck().whereToFix().communeName()).isEqualTo("Phường Phúc Xá");
        });
    }
}
