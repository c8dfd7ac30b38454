package vn.vaxpass.certificate.conformance;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs every EU DCC conformance vector (dgc-testdata, vendored under {@code dcc-testdata/}) through the
 * engine's verification steps: one test per EXPECTED* flag a vector sets, named
 * {@code <country>/.../<file>.json EXPECTEDX=<value>: <step> succeeds|fails}. Flags a vector does not set
 * are not tested (dgc-testdata README). Skipped, each with its reason in the name: known issues from
 * {@code tests/known_issues.csv}, {@link VectorErrata}, a picture flag without a picture, and keys that name
 * no step.
 */
class EveryEuConformanceVectorMeetsItsExpectedSteps {

    /**
     * Keys found in EXPECTEDRESULTS that are not dgc-testdata flags. Neither the README nor the reference
     * runner nor hcert-kotlin reads them. EXPTECTEDEXPIRED=true is probably EXPECTEDEXPIRATIONCHECK=true
     * misspelt (at VALIDATIONCLOCK, ES 201-203 lie within iat..exp), but read literally it says the
     * opposite, so it is not guessed at.
     */
    static final Map<String, String> NOT_A_FLAG = Map.of(
            "EXPTECTEDEXPIRED", "misspelt key EXPTECTEDEXPIRED (ES 201-203) is no dgc-testdata flag and names no "
                    + "step: 'expired' could mean EXPECTEDEXPIRATIONCHECK true or false; the reference runner ignores it",
            "EXPECTEDRESULTS", "EXPECTEDRESULTS nested inside EXPECTEDRESULTS (ES 1001-1003) names no step; "
                    + "the reference runner ignores it");

    private final KnownIssues knownIssues = DccTestVectors.knownIssues();

    @TestFactory
    Stream<DynamicContainer> theEngineHonoursEveryExpectedResultOfTheEuVectors() {
        return DccTestVectors.all().stream()
                .map(vector -> dynamicContainer(vector.path() + " (" + vector.description() + ")",
                        vector.expectedResults().entrySet().stream()
                                .map(result -> flagTest(vector, result.getKey(), result.getValue()))));
    }

    private DynamicTest flagTest(DccTestVector vector, String key, JsonNode value) {
        Optional<ExpectedResult> known = ExpectedResult.byKey(key);
        if (known.isEmpty()) {
            return skipped(vector.path() + " " + key, NOT_A_FLAG.getOrDefault(key, "unknown key " + key + ", not a dgc-testdata flag"));
        }
        ExpectedResult flag = known.get();
        if (!value.isBoolean()) {
            return skipped(vector.path() + " " + key + "=" + value, key + " is not a boolean");
        }
        boolean expected = value.booleanValue();
        String name = vector.path() + " " + key + "=" + expected + ": " + flag.step() + (expected ? " succeeds" : " fails");
        Optional<String> knownIssue = knownIssues.reason(flag, vector);
        if (knownIssue.isPresent()) {
            return skipped(name, "known issue " + knownIssue.get());
        }
        Optional<String> erratum = VectorErrata.reason(flag, vector);
        if (erratum.isPresent()) {
            return skipped(name, "vector is wrong: " + erratum.get());
        }
        if (flag == ExpectedResult.PICTURE_DECODE && !vector.has(DccTestVector.PICTURE)) {
            return skipped(name, "the vector has no 2DCODE picture to read (common B1); the reference runner "
                    + "skips such a vector too");
        }
        return dynamicTest(name, () -> checkNamed(name, flag, vector, expected));
    }

    /** Surefire reports dynamic tests by index, so a failure message starts with the vector and flag. */
    private static void checkNamed(String name, ExpectedResult flag, DccTestVector vector, boolean expected) {
        try {
            ExpectedResultChecks.check(flag, vector, expected);
        } catch (AssertionError failure) {
            throw new AssertionError(name + "\n" + failure.getMessage(), failure);
        }
    }

    private static DynamicTest skipped(String name, String reason) {
        return dynamicTest(name + " [skipped: " + reason + "]", () -> Assumptions.abort(reason));
    }
}
