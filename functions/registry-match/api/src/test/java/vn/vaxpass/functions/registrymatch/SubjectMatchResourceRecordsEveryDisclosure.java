package vn.vaxpass.functions.registrymatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * Every check that shows registry data is recorded in registry_disclosure with the account, its roles and the
 * subject; a refused one (not found, unreadable values) is not; the record cannot be changed or deleted.
 */
@QuarkusTest
class SubjectMatchResourceRecordsEveryDisclosure {

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void eachCheckIsRecordedWithTheCallerAndTheSubject() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1").statusCode(200);
        check(TestTokens.provinceHealth("01"), "S-3", Map.of("idNumber", "001187054321")).statusCode(200);
        check(TestTokens.ministry(), "S-7").statusCode(200);

        assertThat(disclosures()).containsExactly(
                "test-account-commune-health [commune-health] MATCH_CHECK S-1",
                "test-account-province-health [province-health] MATCH_CHECK S-3",
                "test-account-ministry [ministry] MATCH_CHECK S-7");
    }

    @Test
    void aRefusedCheckIsNotRecorded() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-6").statusCode(404);
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1", Map.of("gender", "X")).statusCode(422);

        assertThat(disclosures()).isEmpty();
    }

    @Test
    void theRecordIsAppendOnly() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1").statusCode(200);

        assertThat(failure("UPDATE registry_disclosure SET account = 'someone-else'")).contains("append-only");
        assertThat(failure("DELETE FROM registry_disclosure")).contains("append-only");
        assertThat(disclosures()).hasSize(1);
    }

    private String failure(String sql) {
        try {
            pool.query(sql).executeAndAwait();
            return "succeeded";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private List<String> disclosures() {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query("SELECT account, roles, revealed, subject_id FROM registry_disclosure ORDER BY id")
                .executeAndAwait()) {
            rows.add(row.getString(0) + " " + Arrays.toString(row.getArrayOfStrings(1)) + " " + row.getString(2) + " "
                    + row.getString(3));
        }
        return rows;
    }
}
