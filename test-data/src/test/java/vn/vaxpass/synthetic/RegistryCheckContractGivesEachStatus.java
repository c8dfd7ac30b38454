package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status contract on a registry of two people: a vector per rule. */
class RegistryCheckContractGivesEachStatus {

    private static final long AN = IdNumbers.compose(79, 1990, false, 123_456);
    private static final int AN_OLD = 12_345_678;
    private static final long HIS_MOTHER = IdNumbers.compose(79, 1965, true, 654_321);

    private final NameBook names = new NameBook();
    private final Provinces provinces = new Provinces();
    private RegistryCheckContract contract;
    private String anName;

    @BeforeEach
    void registry() {
        Registry registry = new Registry(2, names, provinces);
        registry.add(AN, AN_OLD, BirthDate.of(1990, 5, 4), 0, NameForm.PAIR, 0, 0, 0);
        registry.add(HIS_MOTHER, Registry.NO_OLD_ID, BirthDate.yearOnly(1965), 3, NameForm.MARKER_AND_NAME, 0, 0, 1);
        registry.closeHousehold(2);
        anName = registry.fullName(0);
        contract = new RegistryCheckContract(registry, provinces);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | MISSING_ID
            '   '              | MISSING_ID
            79090123456        | INVALID_ID_FORMAT
            7.91E+10           | INVALID_ID_FORMAT
            O79090123456       | INVALID_ID_FORMAT
            0790901234567      | INVALID_ID_FORMAT
            003090123456       | INVALID_ID_FORMAT
            079090123457       | NOT_FOUND
            123456789          | NOT_FOUND
            079090123456       | VERIFIED
            079 090 123 456    | VERIFIED
            079.090.123.456    | VERIFIED
            079-090-123-456    | VERIFIED
            012345678          | VERIFIED
            """)
    void theNumberDecidesFirst(String writtenId, ExpectedStatus status) {
        assertThat(contract.check(writtenId, anName, "04/05/1990", "Nam").status()).isEqualTo(status);
    }

    @Test
    void harmlessDifferencesStillVerify() {
        String upperNfd = VietnameseLetters.nfd(anName.toUpperCase(java.util.Locale.ROOT));
        RegistryCheckContract.Outcome outcome = contract.check("079090123456", "  " + upperNfd, "4/5/1990", "M");
        assertThat(outcome.status()).isEqualTo(ExpectedStatus.VERIFIED);
        assertThat(outcome.person()).isEqualTo(0);
    }

    @Test
    void eachDifferingFieldIsNamedInOrder() {
        RegistryCheckContract.Outcome outcome = contract.check("079090123456",
                VietnameseLetters.withoutDiacritics(anName) + "x", "1990", "Nữ");
        assertThat(outcome.status()).isEqualTo(ExpectedStatus.MISMATCH);
        assertThat(outcome.mismatchedFields()).isEqualTo("name;dob;gender");
    }

    @Test
    void aHouseholdMembersNumberIsAMismatchWithThatMember() {
        RegistryCheckContract.Outcome outcome = contract.check(IdNumbers.format(HIS_MOTHER), anName, "1990-05-04", "M");
        assertThat(outcome.status()).isEqualTo(ExpectedStatus.MISMATCH);
        assertThat(outcome.person()).isEqualTo(1);
        assertThat(outcome.mismatchedFields()).isEqualTo("name;dob;gender");
    }

    @Test
    void aYearAloneIsNotTheFirstOfJanuary() {
        RegistryCheckContract.Outcome outcome = contract.check(IdNumbers.format(HIS_MOTHER),
                new NameBook().fullName(3, NameForm.MARKER_AND_NAME, 0, true), "01/01/1965", "F");
        assertThat(outcome.mismatchedFields()).isEqualTo("dob");
    }
}
