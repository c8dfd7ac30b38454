package vn.vaxpass.certificate.conformance;

import java.util.List;
import java.util.Optional;

/**
 * dgc-testdata's {@code tests/known_issues.csv}: vectors its maintainers know to be wrong, each with the
 * issue that says so. A row names a reference-runner test (empty: every test), a country and a test set
 * (the file name without {@code .json}; empty: the whole country), as the reference runner reads it.
 */
final class KnownIssues {

    static final String HEADER = "test_name,country,test_set,reason";

    private final List<KnownIssue> issues;

    private KnownIssues(List<KnownIssue> issues) {
        this.issues = issues;
    }

    static KnownIssues parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException("known_issues.csv must start with " + HEADER);
        }
        return new KnownIssues(lines.stream().skip(1).filter(line -> !line.isBlank()).map(KnownIssue::parse).toList());
    }

    List<KnownIssue> all() {
        return issues;
    }

    /** The issue URL when the flag of this vector is a known issue. */
    Optional<String> reason(ExpectedResult flag, DccTestVector vector) {
        return issues.stream().filter(issue -> issue.covers(flag, vector)).map(KnownIssue::reason).findFirst();
    }

    record KnownIssue(String testName, String country, String testSet, String reason) {

        static KnownIssue parse(String line) {
            String[] columns = line.strip().split(",", -1);
            if (columns.length != 4) {
                throw new IllegalArgumentException("known issue needs 4 columns: " + line);
            }
            return new KnownIssue(columns[0], columns[1], columns[2], columns[3]);
        }

        boolean covers(ExpectedResult flag, DccTestVector vector) {
            return (testName.isEmpty() || flag.isCalled(testName))
                    && country.equals(vector.country())
                    && (testSet.isEmpty() || testSet.equals(vector.testSet()));
        }
    }
}
