package vn.vaxpass.certificate.conformance;

import java.util.List;
import java.util.Optional;

/**
 * Vector flags that are wrong and that known_issues.csv does not list: each was checked against the spec
 * and the engine's behaviour, and each names its evidence. Anything the engine gets wrong stays a failing
 * test instead.
 */
final class VectorErrata {

    private static final String VALUE_SETS_ARE_NOT_SCHEMA = "value-set membership is not part of any DCC schema "
            + "version (value sets are only a 'valueset-uri' annotation, co's pattern [A-Z]{1,10} admits XY); "
            + "hcert-kotlin skips the same vector";
    private static final String JSON_IS_ANOTHER_PERSON = "JSON names another person than CBOR and COSE "
            + "(fn 'Rogaliński-Król' is signed, JSON says otherwise)";

    private static final List<Erratum> ERRATA = List.of(
            new Erratum("IS/2DCode/raw/3.json", ExpectedResult.KEY_USAGE, "a DSC without any DCC extended key "
                    + "usage may sign every type; dgc-testdata issue "
                    + "https://github.com/eu-digital-green-certificates/dgc-testdata/issues/244 (open)"),
            new Erratum("PL/1.0.0/2DCode/raw/7.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.0.0/2DCode/raw/8.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.0.0/2DCode/raw/9.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.2.1/2DCode/raw/7.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.2.1/2DCode/raw/8.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.2.1/2DCode/raw/9.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.3.0/2DCode/raw/7.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.3.0/2DCode/raw/8.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.3.0/2DCode/raw/9.json", ExpectedResult.SCHEMA_VALIDATION, VALUE_SETS_ARE_NOT_SCHEMA),
            new Erratum("PL/1.3.0/2DCode/raw/1.json", ExpectedResult.VALID_JSON, JSON_IS_ANOTHER_PERSON),
            new Erratum("PL/1.3.0/2DCode/raw/5.json", ExpectedResult.VALID_JSON, JSON_IS_ANOTHER_PERSON),
            new Erratum("PL/1.3.0/2DCode/raw/6.json", ExpectedResult.EXPIRATION_CHECK, "exp 2023-05-24T11:19:03Z "
                    + "outlives TESTCTX.CERTIFICATE (notAfter 2023-05-24T11:18:16Z), which hcert spec §3.3.5 forbids "
                    + "and the reference runner checks too; the vector itself says that certificate did not sign it"));

    private VectorErrata() {
    }

    static Optional<String> reason(ExpectedResult flag, DccTestVector vector) {
        return ERRATA.stream().filter(e -> e.flag() == flag && e.path().equals(vector.path()))
                .map(Erratum::reason).findFirst();
    }

    static List<Erratum> all() {
        return ERRATA;
    }

    record Erratum(String path, ExpectedResult flag, String reason) {
    }
}
