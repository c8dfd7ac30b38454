package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CccdEvidenceSaysProvinceCenturyGenderAndYear {

    private static CccdEvidence evidenceOf(String number) {
        return IdNumber.parse(number).evidence().orElseThrow();
    }

    /** Circular 07/2016/TT-BCA, Article 7: the fourth digit, century and gender together. */
    @ParameterizedTest(name = "digit {0}: {1}s, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 1900 | MALE
            1 | 1900 | FEMALE
            2 | 2000 | MALE
            3 | 2000 | FEMALE
            4 | 2100 | MALE
            5 | 2100 | FEMALE
            6 | 2200 | MALE
            7 | 2200 | FEMALE
            8 | 2300 | MALE
            9 | 2300 | FEMALE
            """)
    void theFourthDigitIsCenturyAndGender(char digit, int century, Gender gender) {
        CccdEvidence evidence = evidenceOf("001" + digit + "45123456");

        assertThat(evidence.century()).isEqualTo(century);
        assertThat(evidence.gender()).isEqualTo(gender);
        assertThat(evidence.birthYear()).isEqualTo(century + 45);
        assertThat(evidence.twoDigitYear()).isEqualTo(45);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            079085123456 | 079 | MALE   | 1985
            001189012345 | 001 | FEMALE | 1989
            096300123456 | 096 | FEMALE | 2000
            031299123456 | 031 | MALE   | 2099
            001000123456 | 001 | MALE   | 1900
            046199000001 | 046 | FEMALE | 1999
            038321654321 | 038 | FEMALE | 2021
            """)
    void digitsFiveAndSixCompleteTheYear(String number, String province, Gender gender, int birthYear) {
        CccdEvidence evidence = evidenceOf(number);

        assertThat(evidence.province().cccdPrefix()).isEqualTo(province);
        assertThat(evidence.gender()).isEqualTo(gender);
        assertThat(evidence.birthYear()).isEqualTo(birthYear);
    }

    @Test
    void theProvinceIsTheOneOfBirthRegistration() {
        BirthRegistrationProvince province = evidenceOf("079085123456").province();

        assertThat(province.gsoCode()).isEqualTo("79");
        assertThat(province.name()).isEqualTo("Thành phố Hồ Chí Minh");
    }

    @ParameterizedTest(name = "{0} {1}: year {2}, gender {3}, both {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1985 | MALE   | true  | true  | true
            1958 | MALE   | false | true  | false
            1985 | FEMALE | true  | false | false
            2085 | MALE   | false | true  | false
            1885 | MALE   | false | true  | false
            1986 | FEMALE | false | false | false
            """)
    void recordsAreCheckedAgainstTheNumber(int birthYear, Gender gender, boolean yearAgrees, boolean genderAgrees,
            boolean consistent) {
        CccdEvidence evidence = evidenceOf("079085123456");

        assertThat(evidence.agreesWithBirthYear(birthYear)).isEqualTo(yearAgrees);
        assertThat(evidence.agreesWithGender(gender)).isEqualTo(genderAgrees);
        assertThat(evidence.isConsistentWith(birthYear, gender)).isEqualTo(consistent);
    }

    @Test
    void aDigitOfAFutureCenturyDisagreesWithEveryRealBirthYear() {
        CccdEvidence evidence = evidenceOf("079885123456");

        assertThat(evidence.birthYear()).isEqualTo(2385);
        assertThat(evidence.agreesWithBirthYear(1885)).isFalse();
        assertThat(evidence.agreesWithBirthYear(1985)).isFalse();
    }

    @Test
    void aBirthDateIsCheckedByItsYear() {
        CccdEvidence evidence = evidenceOf("001189012345");
        BirthDate yearOnly = BirthDate.parse("1989").orElseThrow();
        BirthDate fullDate = BirthDate.parse("14/07/1989").orElseThrow();

        assertThat(evidence.isConsistentWith(yearOnly.year(), Gender.FEMALE)).isTrue();
        assertThat(evidence.isConsistentWith(fullDate.year(), Gender.parse("Nữ").orElseThrow())).isTrue();
    }
}
