package vn.vaxpass.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * What a citizen types to be sent a code, as typed: phone number, full name, date of birth, and optionally gender.
 * Holds personal data: never log it.
 */
@RegisterForReflection
public record CodeRequest(String phone, String fullName, String dateOfBirth, String gender) {

    public static final String INVALID_LOOKUP = "INVALID_LOOKUP";
    static final int MAX_NAME_LENGTH = 200;

    /**
     * The details read, or {@link InvalidLookupException} listing each field that cannot be read. Depends on the
     * input alone, never on who exists.
     */
    public CitizenDetails read() {
        List<FieldError> errors = new ArrayList<>();
        Optional<PhoneNumber> number = PhoneNumber.parse(phone);
        if (number.isEmpty()) {
            errors.add(new FieldError("phone", blank(phone) ? "MISSING" : "NOT_A_MOBILE_NUMBER",
                    "A Vietnamese mobile number, such as 0912 345 678 or +84 912 345 678."));
        }
        // The length first: canonicalising costs allocations in proportion to the text, and a body may carry
        // megabytes of name.
        boolean tooLong = fullName != null && fullName.length() > MAX_NAME_LENGTH;
        String name = fullName == null || tooLong ? "" : VietnameseNameCanonicalizer.canonicalForm(fullName);
        if (tooLong || name.isEmpty()) {
            errors.add(new FieldError("fullName", tooLong ? "TOO_LONG" : "MISSING",
                    "The full name, as on the vaccination record (for example Nguyễn Văn An)."));
        }
        Optional<BirthDate> birth = BirthDate.parse(dateOfBirth).value();
        if (birth.isEmpty()) {
            errors.add(birthDateError(dateOfBirth));
        }
        Optional<Gender> readGender = Optional.empty();
        if (!blank(gender)) {
            readGender = Gender.parse(gender).value();
            if (readGender.isEmpty()) {
                errors.add(new FieldError("gender", "UNRECOGNISED", "Nam or Nữ (M or F), or leave it out."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidLookupException(errors);
        }
        return new CitizenDetails(number.get(), name, birth.get(), readGender);
    }

    static FieldError birthDateError(String dateOfBirth) {
        return new FieldError("dateOfBirth", blank(dateOfBirth) ? "MISSING" : "UNREADABLE_DATE",
                "The date of birth as DD/MM/YYYY (07/03/1985), YYYY-MM-DD, or the year alone if the record has only the year.");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
