package vn.vaxpass.lookup;

import java.util.Optional;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * The rule "a citizen is shown a record only when what they typed is what the record says", read the way clerks
 * wrote it:
 * <ul>
 *   <li>phone: the same mobile number however formatted ({@link PhoneNumber});</li>
 *   <li>name: the same canonical form (Unicode form, tone-mark placement, case and spaces do not matter; a missing
 *       diacritic does);</li>
 *   <li>date of birth: the same date in any clerk format; a record that holds only the year accepts any date of
 *       that year (the citizen knows their birthday, the record does not);</li>
 *   <li>gender, when given: the same;</li>
 *   <li>ID number: the same digits, formatting ignored ({@link IdNumber}).</li>
 * </ul>
 */
public final class SamePersonPolicy {

    private SamePersonPolicy() {
    }

    /** Phone, name, date of birth and (when given) gender all agree with the record. */
    public static boolean matchesDetails(CitizenDetails asked, SubjectCandidate record) {
        return PhoneNumber.parse(record.phone()).filter(asked.phone()::equals).isPresent()
                && VietnameseNameCanonicalizer.canonicalForm(record.fullName()).equals(asked.canonicalName())
                && sameBirthDate(asked.dateOfBirth(), record.dateOfBirth())
                && sameGender(asked.gender(), record.gender());
    }

    /** ID number and date of birth agree with the record. */
    public static boolean matchesIdNumber(String askedDigits, BirthDate askedBirth, SubjectCandidate record) {
        return IdNumber.parse(record.idNumber()).digits().filter(askedDigits::equals).isPresent()
                && sameBirthDate(askedBirth, record.dateOfBirth());
    }

    static boolean sameBirthDate(BirthDate asked, String recorded) {
        Optional<BirthDate> onRecord = BirthDate.parse(recorded).value();
        if (onRecord.isEmpty()) {
            return false;
        }
        BirthDate record = onRecord.get();
        return record.equals(asked) || record.isYearOnly() && record.year() == asked.year();
    }

    private static boolean sameGender(Optional<Gender> asked, String recorded) {
        return asked.isEmpty() || Gender.parse(recorded).value().equals(asked);
    }
}
