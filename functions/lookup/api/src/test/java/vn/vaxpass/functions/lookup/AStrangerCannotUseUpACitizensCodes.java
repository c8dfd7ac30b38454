package vn.vaxpass.functions.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.lookup.LookupSettings;
import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.matching.MatchStatus;

/**
 * The per-phone limit on codes counts only requests whose details matched: a stranger who knows a citizen's phone
 * number but not their name and birth date cannot keep them from their code (hardening defect 9). Past the limit the
 * answer is the same as ever, so it tells nobody that the details matched; only the SMS is not sent.
 */
@QuarkusTest
class AStrangerCannotUseUpACitizensCodes {

    private static final String NAME = "Nguyễn Thị Thuý Hằng";
    private static final String BORN = "1985-03-07";

    @Inject
    Pool pool;
    @Inject
    CapturedSms sms;
    @Inject
    LookupSettings settings;

    private String phone;

    @BeforeEach
    void aSubject() {
        LookupRows rows = new LookupRows(pool);
        phone = LookupRows.freshPhone();
        String subjectId = rows.subject(NAME, "07/03/1985", "Nữ", LookupRows.freshIdNumber(), phone);
        rows.dose(subjectId, 1, 1, LocalDate.of(2021, 9, 14));
        rows.matched(subjectId, MatchStatus.VERIFIED, "");
    }

    @Test
    void guessesWithWrongDetailsLeaveTheCitizensCodesAlone() {
        for (int guess = 0; guess <= settings.phoneLimit(); guess++) {
            Lookups.requestCode(phone, "Trần Văn Nam", "1990-01-0" + (1 + guess % 9), "M").statusCode(202);
        }
        Lookups.requestCode(phone, NAME, BORN, "F").statusCode(202);
        assertThat(sms.sentTo(e164())).hasSize(1);
    }

    @Test
    void pastTheLimitTheAnswerIsTheSameButNoCodeIsSent() {
        for (int request = 0; request < settings.phoneLimit(); request++) {
            Lookups.requestCode(phone, NAME, BORN, "F").statusCode(202);
        }
        Lookups.requestCode(phone, NAME, BORN, "F").statusCode(202);
        assertThat(sms.sentTo(e164())).hasSize(settings.phoneLimit());
    }

    private String e164() {
        return PhoneNumber.parse(phone).orElseThrow().e164();
    }
}
