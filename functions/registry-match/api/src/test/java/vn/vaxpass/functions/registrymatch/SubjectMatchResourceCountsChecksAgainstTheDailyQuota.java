package vn.vaxpass.functions.registrymatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.registry.RegistryQuotaExceededException;
import vn.vaxpass.registry.RegistryQuotaSettings;
import vn.vaxpass.testing.TestTokens;

/**
 * Each account has vaxpass.registry.daily-quota checks per UTC day: past them, 429 REGISTRY_QUOTA_EXCEEDED with the
 * seconds to the next UTC midnight; another account keeps its own. The account's day is filled in the database
 * rather than by hundreds of requests.
 */
@QuarkusTest
class SubjectMatchResourceCountsChecksAgainstTheDailyQuota {

    private static final String CLERK = "clerk-with-one-check-left";

    @Inject
    Pool pool;

    @Inject
    RegistryQuotaSettings settings;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void theLastCheckOfTheDayIsAnsweredAndTheNextRefusedUntilMidnight() {
        useToday(CLERK, settings.dailyQuota() - 1);
        String clerk = clerk(CLERK);

        check(clerk, "S-1").statusCode(200).body("status", equalTo("VERIFIED"));
        String retryAfter = check(clerk, "S-1").statusCode(429)
                .body("code", equalTo(RegistryQuotaExceededException.CODE))
                .body("message", containsString(settings.dailyQuota() + " registry checks for today"))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 86_400L);
        assertThat(used(CLERK)).isEqualTo(settings.dailyQuota());
        check(clerk(CLERK + "-colleague"), "S-1").statusCode(200);
    }

    @Test
    void aRefusedCheckShowsAndRecordsNothing() {
        useToday(CLERK, settings.dailyQuota());

        check(clerk(CLERK), "S-3").statusCode(429).body("suggestedIdNumber", nullValue());

        assertThat(JobData.count(pool, "SELECT count(*) FROM registry_disclosure")).isZero();
    }

    @Test
    void aSubjectNotFoundUsesNoCheck() {
        check(clerk(CLERK), "S-404").statusCode(404);
        check(clerk(CLERK), "S-7").statusCode(404);

        assertThat(JobData.count(pool, "SELECT count(*) FROM registry_quota")).isZero();
    }

    private void useToday(String account, int checks) {
        pool.preparedQuery("INSERT INTO registry_quota (account, day, used) VALUES ($1, $2, $3)")
                .executeAndAwait(Tuple.of(account, LocalDate.now(ZoneOffset.UTC), checks));
    }

    private long used(String account) {
        return JobData.count(pool, "SELECT used FROM registry_quota WHERE account = $1", account);
    }

    private static String clerk(String account) {
        return TestTokens.role(Roles.COMMUNE_HEALTH).province("01").commune(JobData.PHUC_XA).subject(account).mint();
    }
}
