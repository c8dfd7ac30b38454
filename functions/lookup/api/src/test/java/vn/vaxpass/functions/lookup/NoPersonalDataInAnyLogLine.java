package vn.vaxpass.functions.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.testing.LogCapture;
import vn.vaxpass.testing.TestTokens;

/**
 * Every lookup path, the refusals included, with every log line of the application captured at DEBUG: none holds an
 * ID number, a name, a phone number, a date of birth or a code, in any of the forms they were typed or stored in.
 */
@QuarkusTest
class NoPersonalDataInAnyLogLine {

    private static final String NAME = "Phạm Thị Ngọc Diệp";
    private static final String DATE_OF_BIRTH = "23/11/1979";

    @Inject
    Pool pool;

    @Inject
    CapturedSms sms;

    private LogCapture capture;

    @BeforeEach
    void capture() {
        capture = LogCapture.start();
    }

    @AfterEach
    void release() {
        capture.stop();
    }

    @Test
    void noLookupPathLogsWhoWasLookedUp() {
        LookupRows rows = new LookupRows(pool);
        String phone = LookupRows.freshPhone();
        String idNumber = LookupRows.freshIdNumber();
        String subjectId = rows.subject(NAME, DATE_OF_BIRTH, "Nữ", idNumber, phone);
        rows.matched(subjectId, MatchStatus.MISMATCH, "name;gender");
        String e164 = PhoneNumber.parse(phone).orElseThrow().e164();

        // The phone way: found, not found, wrong code, right code, unreadable, over the limit.
        String challenge = Lookups.requestCode(phone, NAME, DATE_OF_BIRTH, "F").statusCode(202).extract().path("challengeId");
        Lookups.requestCode(phone, NAME, "24/11/1979", null).statusCode(202);
        SmsRequested sent = sms.sentTo(e164).get(0);
        Lookups.answer(challenge, sent.code().equals("000000") ? "000001" : "000000").statusCode(422);
        Lookups.answer(challenge, sent.code()).statusCode(200);
        Lookups.requestCode(phone + "x", NAME, "1979-11-31", "?").statusCode(400);
        for (int i = 0; i < 5; i++) {
            Lookups.requestCode(phone, NAME, DATE_OF_BIRTH, null);
        }
        // The login way: own number, someone else's, unreadable, nothing found.
        String token = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, idNumber).mint();
        Lookups.byIdNumber(token, idNumber, DATE_OF_BIRTH).statusCode(200);
        Lookups.byIdNumber(TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, LookupRows.freshIdNumber()).mint(),
                idNumber, DATE_OF_BIRTH).statusCode(403);
        Lookups.byIdNumber(token, idNumber + "9", DATE_OF_BIRTH).statusCode(400);
        Lookups.byIdNumber(token, idNumber, "1980").statusCode(404);

        assertThat(capture.lines()).as("something was logged, so the capture works").isNotEmpty();
        List<String> secrets = new ArrayList<>(List.of(NAME, NAME.toUpperCase(), "PHAM THI NGOC DIEP", "Pham Thi Ngoc Diep",
                DATE_OF_BIRTH, "1979-11-23", "24/11/1979", "1979-11-31", phone, phone.substring(1), e164, idNumber,
                sent.code()));
        for (String line : capture.lines()) {
            for (String secret : secrets) {
                assertThat(line).as("a log line").doesNotContain(secret);
            }
        }
    }
}
