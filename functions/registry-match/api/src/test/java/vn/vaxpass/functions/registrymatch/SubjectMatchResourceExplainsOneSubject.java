package vn.vaxpass.functions.registrymatch;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.vaxpass.functions.registrymatch.RegistryMatchTests.check;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.testing.TestTokens;

/** A stored subject checked as stored, or with values a clerk proposes, and explained field by field. */
@QuarkusTest
class SubjectMatchResourceExplainsOneSubject {

    @Inject
    Pool pool;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        JobData.subjects(pool);
        RegistryMatchTests.forgetDisclosuresAndQuotas(pool);
    }

    @Test
    void aStoredSubjectWithExactDataIsVerifiedWithEveryFieldAgreeing() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-1").statusCode(200)
                .body("subjectId", equalTo("S-1"))
                .body("status", equalTo("VERIFIED"))
                .body("comparedWith", equalTo("NUMBER_HOLDER"))
                .body("fields.field", contains("id_number", "name", "dob", "gender"))
                .body("fields.verdict", contains("AGREES", "AGREES", "AGREES", "AGREES"));
    }

    @Test
    void proposedValuesReplaceTheStoredOnesForTheCheck() {
        check(TestTokens.provinceHealth("01"), "S-1", Map.of("fullName", "Dang Van Duc", "dateOfBirth", "1985",
                "idNumber", "001 085 012 345")).statusCode(200)
                .body("status", equalTo("MISMATCH"))
                .body("mismatchedFields", contains("name", "dob"))
                .body("suggestedIdNumber", equalTo("001*******45"))
                .body("confidence", greaterThanOrEqualTo(0.9f))
                .body("fields.verdict", contains("AGREES_AFTER_NORMALISING", "CLOSE", "CLOSE", "AGREES"));
    }

    @Test
    void aProposedNumberCanMendAStoredMismatch() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-3").statusCode(200)
                .body("status", equalTo("MISSING_ID"));
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-3", Map.of("idNumber", "001187054321"))
                .statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aMissingNumberStillGetsASuggestion() {
        check(TestTokens.communeHealth("01", JobData.PHUC_XA), "S-3").statusCode(200)
                .body("status", equalTo("MISSING_ID"))
                .body("suggestedIdNumber", equalTo("001*******21"))
                .body("fields", hasSize(4));
    }
}
