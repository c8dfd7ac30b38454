package vn.vaxpass.identity;

/**
 * What the first six digits of a 12-digit ID number say about its holder (Circular 07/2016/TT-BCA, Article 7 and
 * Annex I; Circular 59/2021/TT-BCA, Article 4, which replaced it, keeps the structure): the province where the birth
 * was registered (digits 1–3), a digit for century of birth and gender together (digit 4), and the last two digits
 * of the year of birth (digits 5–6). Digits 7–12 are a random serial.
 *
 * <p>The century–gender digit, as the Circular defines it:
 * <table>
 *   <caption>Digit 4</caption>
 *   <tr><th>century</th><th>male</th><th>female</th></tr>
 *   <tr><td>1900–1999</td><td>0</td><td>1</td></tr>
 *   <tr><td>2000–2099</td><td>2</td><td>3</td></tr>
 *   <tr><td>2100–2199</td><td>4</td><td>5</td></tr>
 *   <tr><td>2200–2299</td><td>6</td><td>7</td></tr>
 *   <tr><td>2300–2399</td><td>8</td><td>9</td></tr>
 * </table>
 * Every digit has a meaning, so none makes a number malformed; 4 to 9 decode to births that have not happened yet,
 * and a number carrying one disagrees with any real birth year. (8 and 9 are not the 1800s: the Circular gives no
 * code for births before 1900.)
 *
 * <p>This is evidence, not identity: it can confirm or contradict a record's birth year and gender, not prove who the
 * holder is. Immutable.
 *
 * @param province the province of birth registration
 * @param gender the gender digit 4 encodes
 * @param birthYear the full year of birth, digit 4's century plus digits 5–6
 */
public record CccdEvidence(BirthRegistrationProvince province, Gender gender, int birthYear) {

    /** Zero-based position of the century–gender digit. */
    static final int CENTURY_GENDER_DIGIT = 3;
    /** Zero-based position of the first of the two year digits. */
    static final int YEAR_DIGITS = 4;
    /** The century that code 0 (male) and 1 (female) stand for; each next pair is the next century. */
    static final int FIRST_CENTURY = 1900;
    static final int YEARS_PER_CENTURY = 100;

    /** Decodes a 12-digit number whose province the caller has already looked up. */
    static CccdEvidence decode(String digits, BirthRegistrationProvince province) {
        int code = digits.charAt(CENTURY_GENDER_DIGIT) - '0';
        int yearOfCentury = (digits.charAt(YEAR_DIGITS) - '0') * 10 + digits.charAt(YEAR_DIGITS + 1) - '0';
        Gender gender = code % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        return new CccdEvidence(province, gender, FIRST_CENTURY + code / 2 * YEARS_PER_CENTURY + yearOfCentury);
    }

    /** The first year of the century of birth: 1900, 2000, ... */
    public int century() {
        return birthYear - birthYear % YEARS_PER_CENTURY;
    }

    /** The two year digits (5–6) as written: 0–99. */
    public int twoDigitYear() {
        return birthYear % YEARS_PER_CENTURY;
    }

    public boolean agreesWithBirthYear(int year) {
        return birthYear == year;
    }

    public boolean agreesWithGender(Gender other) {
        return gender == other;
    }

    /** True when both the birth year and the gender agree with the number. */
    public boolean isConsistentWith(int year, Gender other) {
        return agreesWithBirthYear(year) && agreesWithGender(other);
    }
}
