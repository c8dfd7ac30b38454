package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.List;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.BirthDateError;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.GenderError;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.subject.SubjectData;

/**
 * Values a clerk proposes for a stored subject, to see how the subject would match with them before correcting the
 * record ({@link SubjectCheck}). Each one given replaces the stored value for the check only; one not given (null)
 * keeps it. A value given must be readable as the subjects file reads it ({@code SubjectRows}): a name that is not
 * blank, a date of birth {@link BirthDate} reads, a gender {@link Gender} reads; and an ID number must be well formed
 * ({@link IdNumber}), since the stored record, not a proposal, is where a malformed number is reported.
 * Holds personal data: never log it.
 */
public record ProposedValues(String fullName, String dateOfBirth, String gender, String idNumber) {

    /** Each proposed value's code when it cannot be read. */
    public enum Invalid {
        INVALID_FULL_NAME("fullName"),
        INVALID_DATE_OF_BIRTH("dateOfBirth"),
        INVALID_GENDER("gender"),
        INVALID_ID_NUMBER("idNumber");

        private final String field;

        Invalid(String field) {
            this.field = field;
        }

        /** The request's field, as {@code proposed.<name>}. */
        public String field() {
            return "proposed." + field;
        }

        FieldError error(String message) {
            return new FieldError(field(), name(), message);
        }
    }

    /**
     * The longest full name a proposal may hold, as the lookup's: a check compares the name character by character
     * with the registry's, so its cost must be bounded by something smaller than a request body.
     */
    public static final int MAX_NAME_LENGTH = 200;

    /** Nothing proposed: the stored subject as it is. */
    public static ProposedValues none() {
        return new ProposedValues(null, null, null, null);
    }

    /** Each proposed value that cannot be read, with its own code; empty when every one can. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (fullName != null && fullName.length() > MAX_NAME_LENGTH) {
            errors.add(Invalid.INVALID_FULL_NAME.error("The proposed full name is longer than " + MAX_NAME_LENGTH
                    + " characters."));
        } else if (fullName != null && fullName.isBlank()) {
            errors.add(Invalid.INVALID_FULL_NAME.error("The proposed full name is empty."));
        }
        if (dateOfBirth != null) {
            ParseResult<BirthDate, BirthDateError> birth = BirthDate.parse(dateOfBirth);
            if (!birth.isValid()) {
                errors.add(Invalid.INVALID_DATE_OF_BIRTH.error("The proposed date of birth is not a date ("
                        + birth.error().orElseThrow() + "): write DD/MM/YYYY, or YYYY when only the year is known."));
            }
        }
        if (gender != null) {
            ParseResult<Gender, GenderError> parsed = Gender.parse(gender);
            if (!parsed.isValid()) {
                errors.add(Invalid.INVALID_GENDER.error(
                        "The proposed gender is not Nam, Nữ, M or F (" + parsed.error().orElseThrow() + ")."));
            }
        }
        if (idNumber != null) {
            IdNumberReading reading = IdNumber.parse(idNumber);
            if (!reading.isWellFormed()) {
                errors.add(Invalid.INVALID_ID_NUMBER.error("The proposed ID number is not a well-formed CMND (9 digits)"
                        + " or CCCD (12 digits) number" + reading.defect().map(defect -> " (" + defect + ")").orElse("")
                        + "."));
            }
        }
        return errors;
    }

    /** The stored subject with the proposed values in place of its own. */
    public SubjectData applyTo(SubjectData stored) {
        return new SubjectData(stored.subjectId(), fullName != null ? fullName : stored.fullName(),
                dateOfBirth != null ? dateOfBirth : stored.dateOfBirth(), gender != null ? gender : stored.gender(),
                idNumber != null ? idNumber : stored.idNumber(), stored.communeCode());
    }
}
