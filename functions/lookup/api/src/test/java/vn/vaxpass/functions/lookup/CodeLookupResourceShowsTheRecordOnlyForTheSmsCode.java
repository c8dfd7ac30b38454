package vn.vaxpass.functions.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.lookup.OneTimeCode;
import vn.vaxpass.lookup.PhoneNumber;
import vn.vaxpass.lookup.SmsRequested;
import vn.vaxpass.matching.MatchStatus;

@QuarkusTest
class CodeLookupResourceShowsTheRecordOnlyForTheSmsCode {

    @Inject
    Pool pool;

    @Inject
    CapturedSms sms;

    private String phone;
    private String subjectId;

    @BeforeEach
    void aSubject() {
        LookupRows rows = new LookupRows(pool);
        phone = LookupRows.freshPhone();
        subjectId = rows.subject("Nguyễn Thị Thuý Hằng", "07/03/1985", "Nữ", LookupRows.freshIdNumber(), phone);
        rows.dose(subjectId, 1, 1, LocalDate.of(2021, 9, 14));
        rows.matched(subjectId, MatchStatus.MISMATCH, "dob");
    }

    private SmsRequested onlySms() {
        var sent = sms.sentTo(PhoneNumber.parse(phone).orElseThrow().e164());
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    @Test
    void theCodeFromTheSmsShowsTheRecordAndGrantsASessionForItsCertificate() {
        String challengeId = Lookups.requestCode(phone, "Nguyễn Thị Thúy Hằng", "1985-03-07", "F")
                .statusCode(202)
                .body("codeDigits", equalTo(OneTimeCode.DIGITS))
                .extract().path("challengeId");

        JsonPath answer = Lookups.answer(challengeId, onlySms().code())
                .statusCode(200)
                .body("records", hasSize(1))
                .body("records[0].subjectId", equalTo(subjectId))
                .body("records[0].doses[0].vaccine", equalTo("Comirnaty"))
                .body("records[0].registryCheck.state", equalTo("MISMATCH"))
                .body("records[0].registryCheck.differingDetails", equalTo(java.util.List.of("dateOfBirth")))
                .body("records[0].registryCheck.whereToFix.communeName", equalTo(LookupRows.COMMUNE_NAME))
                .body("records[0].certificate.available", equalTo(false))
                .body("records[0].certificate.reasons.code", equalTo(java.util.List.of("NOT_VERIFIED", "DOSE_NOT_CONFIRMED")))
                .body("records[0].session.certificateUrl", equalTo("/v1/subjects/" + subjectId + "/certificate"))
                .body("records[0].session.expiresAt", notNullValue())
                .extract().jsonPath();

        Map<String, Object> claims = claims(answer.getString("records[0].session.token"));
        assertThat(claims).containsEntry("subject_id", subjectId);
        assertThat(claims.get("groups")).asList().containsExactly(Roles.CITIZEN_SESSION);
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(600);
        assertThat(claims.keySet()).doesNotContainAnyElementsOf(Set.of("phone", "name", "id_number"));
    }

    @Test
    void anUnknownPersonAndWrongDetailsGetTheSameAnswer() {
        String[] bodies = {
            Lookups.requestCode(LookupRows.freshPhone(), "Nguyễn Thị Thuý Hằng", "07/03/1985", null).statusCode(202)
                    .extract().asString(),
            Lookups.requestCode(phone, "Nguyễn Thị Thuý Hà", "07/03/1985", null).statusCode(202).extract().asString(),
            Lookups.requestCode(phone, "Nguyễn Thị Thuý Hằng", "1985", null).statusCode(202).extract().asString(),
        };
        for (String body : bodies) {
            assertThat(JsonPath.from(body).getMap("$").keySet()).containsExactlyInAnyOrder("challengeId", "expiresAt",
                    "codeDigits");
            Lookups.answer(JsonPath.from(body).getString("challengeId"), "000000")
                    .statusCode(422).body("code", equalTo(LookupProblemMappers.CODE_INCORRECT))
                    .body("message", equalTo("The code is not right; 4 tries left."));
        }
        assertThat(sms.sentTo(PhoneNumber.parse(phone).orElseThrow().e164())).isEmpty();
    }

    @Test
    void theSixthTryIsRefusedAndTheCodeCannotBeUsedTwice() {
        String challengeId = Lookups.requestCode(phone, "Nguyễn Thị Thuý Hằng", "07/03/1985", null).statusCode(202)
                .extract().path("challengeId");
        String code = onlySms().code();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < OneTimeCode.MAX_TRIES; i++) {
            Lookups.answer(challengeId, wrong).statusCode(422);
        }
        Lookups.answer(challengeId, code).statusCode(410).body("code", equalTo(LookupProblemMappers.CODE_TRIES_EXHAUSTED));

        String again = Lookups.requestCode(phone, "Nguyễn Thị Thuý Hằng", "07/03/1985", null).extract().path("challengeId");
        String newCode = sms.sentTo(PhoneNumber.parse(phone).orElseThrow().e164()).get(1).code();
        Lookups.answer(again, newCode).statusCode(200);
        Lookups.answer(again, newCode).statusCode(410).body("code", equalTo(LookupProblemMappers.CODE_ALREADY_USED));
    }

    @Test
    void anUnknownChallengeAndAMalformedCodeAreProblems() {
        Lookups.answer("7d0c4d55-9d1c-4f1a-8f0e-2a110b6f3c52", "123456")
                .statusCode(404).body("code", equalTo(LookupProblemMappers.CHALLENGE_NOT_FOUND));
        Lookups.answer("7d0c4d55-9d1c-4f1a-8f0e-2a110b6f3c52", "12345")
                .statusCode(400).body("code", equalTo("INVALID_LOOKUP")).body("errors[0].field", equalTo("code"));
    }

    @Test
    void unreadableDetailsAreNamedFieldByField() {
        Lookups.requestCode("024 3823 4567", "", "31/02/1985", null)
                .statusCode(400)
                .body("code", equalTo("INVALID_LOOKUP"))
                .body("errors.field", equalTo(java.util.List.of("phone", "fullName", "dateOfBirth")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getMap("$");
    }
}
