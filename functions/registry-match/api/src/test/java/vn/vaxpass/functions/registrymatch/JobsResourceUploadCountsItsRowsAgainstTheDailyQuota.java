package vn.vaxpass.functions.registrymatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.registry.RegistryQuotaExceededException;
import vn.vaxpass.registry.RegistryQuotaSettings;
import vn.vaxpass.testing.TestTokens;

/**
 * An upload names its subjects freely, so each of its rows is a registry check taken from the uploader's daily share
 * before anything is imported; a file the import refuses gives its checks back.
 */
@QuarkusTest
class JobsResourceUploadCountsItsRowsAgainstTheDailyQuota {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String CLERK = "clerk-uploading";
    private static final String TWO_ROWS = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n"
            + "U-1,Đặng Văn Đức,07/03/1985,Nam,001085012345,,00001\n"
            + "U-2,Đặng Thị Hòa,02/11/1987,Nữ,001187054321,,00001\n";

    @Inject
    Pool pool;

    @Inject
    RegistryQuotaSettings settings;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void anUploadLargerThanWhatIsLeftTodayIsRefusedAndImportsNothing() {
        useToday(settings.dailyQuota() - 1);

        upload(TWO_ROWS).statusCode(429).body("code", equalTo(RegistryQuotaExceededException.CODE))
                .header("Retry-After", notNullValue());

        assertThat(JobData.count(pool, "SELECT count(*) FROM vaccination_subject")).isZero();
        assertThat(JobData.count(pool, "SELECT count(*) FROM match_job")).isZero();
        assertThat(used()).isEqualTo(settings.dailyQuota() - 1);
    }

    @Test
    void anUploadThatFitsUsesOneCheckPerRow() {
        useToday(settings.dailyQuota() - 2);

        upload(TWO_ROWS).statusCode(202).body("job.subjects", equalTo(2));

        assertThat(used()).isEqualTo(settings.dailyQuota());
    }

    @Test
    void aFileTheImportRefusesGivesItsChecksBack() {
        upload(TWO_ROWS.replace("U-2,", "U-1,")).statusCode(202);
        long afterFirst = used();

        upload(TWO_ROWS + "U-3,Lê Văn Tám,01/01/1990,Nam,,,00001,extra\n").statusCode(422);

        assertThat(used()).isEqualTo(afterFirst);
    }

    private ValidatableResponse upload(String csv) {
        String clerk = TestTokens.role(Roles.COMMUNE_HEALTH).province("01").commune(JobData.PHUC_XA).subject(CLERK)
                .mint();
        return given().auth().oauth2(clerk).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(JOBS).then();
    }

    private void useToday(int checks) {
        pool.preparedQuery("INSERT INTO registry_quota (account, day, used) VALUES ($1, $2, $3)")
                .executeAndAwait(Tuple.of(CLERK, LocalDate.now(ZoneOffset.UTC), checks));
    }

    private long used() {
        return JobData.count(pool, "SELECT used FROM registry_quota WHERE account = $1", CLERK);
    }
}
