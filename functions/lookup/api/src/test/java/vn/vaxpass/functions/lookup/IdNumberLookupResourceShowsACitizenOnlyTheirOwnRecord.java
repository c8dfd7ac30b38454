package vn.vaxpass.functions.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.http.security.SecurityProblemMappers;
import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class IdNumberLookupResourceShowsACitizenOnlyTheirOwnRecord {

    @Inject
    Pool pool;

    private String idNumber;
    private String subjectId;

    @BeforeEach
    void aSubject() {
        LookupRows rows = new LookupRows(pool);
        idNumber = LookupRows.freshIdNumber();
        subjectId = rows.subject("Đặng Văn Đức", "07/03/1985", "Nam", idNumber, LookupRows.freshPhone());
        rows.matched(subjectId, MatchStatus.VERIFIED, null);
    }

    private static String citizen(String provenIdNumber) {
        return TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, provenIdNumber).mint();
    }

    @Test
    void aCitizenSeesTheRecordOfTheirOwnIdNumber() {
        String token = Lookups.byIdNumber(citizen(idNumber), idNumber.substring(0, 6) + " " + idNumber.substring(6),
                        "1985-03-07")
                .statusCode(200)
                .body("records", hasSize(1))
                .body("records[0].subjectId", equalTo(subjectId))
                .body("records[0].registryCheck.state", equalTo("VERIFIED"))
                .extract().path("records[0].session.token");
        assertThat(CodeLookupResourceShowsTheRecordOnlyForTheSmsCode.claims(token))
                .containsEntry(Claims.SUBJECT_ID, subjectId);
    }

    @Test
    void aCitizenTokenForAnotherIdNumberGetsNothing() {
        String someoneElse = LookupRows.freshIdNumber();
        Lookups.byIdNumber(citizen(someoneElse), idNumber, "07/03/1985")
                .statusCode(403).body("code", equalTo(LookupProblemMappers.NOT_YOUR_ID_NUMBER))
                .body("records", org.hamcrest.Matchers.nullValue());
        Lookups.byIdNumber(TestTokens.role(Roles.CITIZEN).mint(), idNumber, "07/03/1985")
                .statusCode(403).body("code", equalTo(LookupProblemMappers.NOT_YOUR_ID_NUMBER));
    }

    @Test
    void noRecordForTheOwnNumberWithAnotherDateOfBirth() {
        Lookups.byIdNumber(citizen(idNumber), idNumber, "08/03/1985")
                .statusCode(404).body("code", equalTo(LookupProblemMappers.NO_RECORD_FOUND));
    }

    @Test
    void onlyALoggedInCitizenMayCall() {
        Lookups.byIdNumber(null, idNumber, "07/03/1985")
                .statusCode(401).body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
        Lookups.byIdNumber(TestTokens.ministry(), idNumber, "07/03/1985")
                .statusCode(403).body("code", equalTo(SecurityProblemMappers.ROLE_NOT_ALLOWED));
        Lookups.byIdNumber(TestTokens.citizenSession(subjectId), idNumber, "07/03/1985")
                .statusCode(403).body("code", equalTo(SecurityProblemMappers.ROLE_NOT_ALLOWED));
    }

    @Test
    void lookupsOfOneIdNumberAreLimitedWithRetryAfter() {
        String token = citizen(idNumber);
        for (int i = 0; i < 10; i++) {
            Lookups.byIdNumber(token, idNumber, "07/03/1985").statusCode(200);
        }
        Lookups.byIdNumber(token, idNumber, "07/03/1985")
                .statusCode(429).body("code", equalTo("TOO_MANY_LOOKUPS_FOR_ID_NUMBER"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[0-9]+"));
    }
}
