package vn.vaxpass.certificate.conformance;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The EXPECTED* flags of a dgc-testdata vector (dgc-testdata README, "Possible boolean variables set in
 * EXPECTEDRESULTS"), each with the step it asks about and the names the reference runner
 * ({@code tests/test_ehealth_certs.py}) gives that step in {@code tests/known_issues.csv}.
 */
enum ExpectedResult {
    PICTURE_DECODE("EXPECTEDPICTUREDECODE", "reading the QR code in 2DCODE gives PREFIX", "test_picture_decode"),
    UNPREFIX("EXPECTEDUNPREFIX", "stripping HC1: from PREFIX gives BASE45", "test_un_prefix"),
    B45_DECODE("EXPECTEDB45DECODE", "Base45-decoding BASE45 gives COMPRESSED", "test_b45decode"),
    COMPRESSION("EXPECTEDCOMPRESSION", "inflating COMPRESSED gives COSE", "test_compression"),
    VERIFY("EXPECTEDVERIFY", "verifying the COSE signature with TESTCTX.CERTIFICATE", "test_verification_check"),
    DECODE("EXPECTEDDECODE", "decoding the COSE payload gives CBOR", "test_cose_cbor", "test_cose_json"),
    VALID_JSON("EXPECTEDVALIDJSON", "decoding the whole chain from PREFIX gives JSON", "test_cbor_json"),
    SCHEMA_VALIDATION("EXPECTEDSCHEMAVALIDATION", "schema validation of the decoded DCC", "test_cose_schema"),
    EXPIRATION_CHECK("EXPECTEDEXPIRATIONCHECK", "the time check at TESTCTX.VALIDATIONCLOCK", "test_expiration_check"),
    KEY_USAGE("EXPECTEDKEYUSAGE", "the key usage check of TESTCTX.CERTIFICATE", "test_expected_key_usage"),
    /**
     * The reference runner has no test of its own for this flag; it is the same schema expectation as
     * test_cose_schema on the same DCC, so a known schema issue covers both. NL (#107) shows why: 96 NL
     * vectors say EXPECTEDSCHEMAVALIDATION=false and EXPECTEDVALIDOBJECT=true for one and the same DCC.
     */
    VALID_OBJECT("EXPECTEDVALIDOBJECT", "schema validation of JSON", "test_cose_schema"),
    ENCODE("EXPECTEDENCODE", "encoding JSON as CBOR gives CBOR");

    private final String key;
    private final String step;
    private final Set<String> knownIssueTestNames;

    ExpectedResult(String key, String step, String... knownIssueTestNames) {
        this.key = key;
        this.step = step;
        this.knownIssueTestNames = Set.of(knownIssueTestNames);
    }

    /** The flag as it is spelt in the vectors' EXPECTEDRESULTS object. */
    String key() {
        return key;
    }

    String step() {
        return step;
    }

    boolean isCalled(String knownIssueTestName) {
        return knownIssueTestNames.contains(knownIssueTestName);
    }

    static Optional<ExpectedResult> byKey(String key) {
        return Arrays.stream(values()).filter(flag -> flag.key.equals(key)).findFirst();
    }

    /** Whether a known_issues.csv test name names any flag's step. */
    static boolean anyIsCalled(String knownIssueTestName) {
        return Arrays.stream(values()).anyMatch(flag -> flag.isCalled(knownIssueTestName));
    }
}
