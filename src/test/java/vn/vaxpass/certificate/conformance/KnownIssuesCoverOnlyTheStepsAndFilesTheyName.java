package vn.vaxpass.certificate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class KnownIssuesCoverOnlyTheStepsAndFilesTheyName {

    private static final String URL = "https://github.com/eu-digital-green-certificates/dgc-testdata/issues/1";

    @Test
    void everyVendoredRowNamesAStepOfTheReferenceRunner() {
        assertThat(DccTestVectors.knownIssues().all())
                .isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.testName().isEmpty() || ExpectedResult.anyIsCalled(issue.testName()))
                        .as(issue.toString()).isTrue());
    }

    @Test
    void anEmptyTestSetCoversTheWholeCountryForThatStepOnly() {
        KnownIssues issues = KnownIssues.parse(List.of(KnownIssues.HEADER, "test_verification_check,FI,," + URL));

        assertThat(issues.reason(ExpectedResult.VERIFY, vector("FI/2DCode/raw/7.json"))).contains(URL);
        assertThat(issues.reason(ExpectedResult.DECODE, vector("FI/2DCode/raw/7.json"))).isEmpty();
        assertThat(issues.reason(ExpectedResult.VERIFY, vector("DK/2DCode/raw/7.json"))).isEmpty();
    }

    @Test
    void aTestSetIsOneFileNameWithoutJsonInAnyVersionFolder() {
        KnownIssues issues = KnownIssues.parse(List.of(KnownIssues.HEADER, "test_cose_schema,PL,4," + URL));

        assertThat(issues.reason(ExpectedResult.SCHEMA_VALIDATION, vector("PL/1.3.0/2DCode/raw/4.json"))).contains(URL);
        assertThat(issues.reason(ExpectedResult.VALID_OBJECT, vector("PL/1.0.0/2DCode/raw/4.json"))).contains(URL);
        assertThat(issues.reason(ExpectedResult.SCHEMA_VALIDATION, vector("PL/1.3.0/2DCode/raw/14.json"))).isEmpty();
    }

    @Test
    void anEmptyTestNameCoversEveryStep() {
        KnownIssues issues = KnownIssues.parse(List.of(KnownIssues.HEADER, ",ES,401," + URL));

        assertThat(issues.reason(ExpectedResult.UNPREFIX, vector("ES/2DCode/raw/401.json"))).contains(URL);
    }

    private static DccTestVector vector(String path) {
        return new DccTestVector(path, JsonNodeFactory.instance.objectNode());
    }
}
