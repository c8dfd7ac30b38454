package vn.vaxpass.functions.registrymatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/**
 * Health staff see a suggested registry number with its first three and last two digits only, nowhere whole in the
 * answer; the Ministry sees it whole.
 */
@QuarkusTest
class SubjectMatchResourceMasksSuggestedIdNumbersForHealthStaff {

    private static final String SUGGESTED = "001187054321";

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void communeAndProvinceHealthSeeTheSuggestionMasked() {
        for (String staff : new String[] {TestTokens.communeHealth("01", JobData.PHUC_XA), TestTokens.provinceHealth("01")}) {
            String answer = check(staff, "S-3").statusCode(200)
                    .body("suggestedIdNumber", equalTo("001*******21")).extract().asString();
            assertThat(answer).doesNotContain(SUGGESTED).doesNotContain("054321");
        }
    }

    @Test
    void theMinistrySeesTheSuggestionWhole() {
        check(TestTokens.ministry(), "S-3").statusCode(200).body("suggestedIdNumber", equalTo(SUGGESTED));
        check(TestTokens.ministry(), "S-2").statusCode(200).body("status", equalTo("MISMATCH"))
                .body("suggestedIdNumber", equalTo(SUGGESTED));
    }
}
