package vn.vaxpass.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.subject.SubjectData;

/**
 * Personal data a village proposes, the police decide or a clerk edits: any of full name, date of birth, gender and
 * ID number; a null field leaves the subject's own. {@link #checked()} reads them as the imports do and writes them in
 * one form: the name with single spaces, the date ISO (or the year alone), gender {@code M}/{@code F}, the ID number's
 * digits.
 */
public record SubjectValues(String fullName, String dateOfBirth, String gender, String idNumber) {

    /** The longest full name accepted: longer is a pasted paragraph, not a name. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The name is blank, too long, or holds characters no name has (digits, control characters, symbols). */
    public static final String INVALID_FULL_NAME = "INVALID_FULL_NAME";
    public static final String INVALID_DATE_OF_BIRTH = "INVALID_DATE_OF_BIRTH";
    public static final String INVALID_GENDER = "INVALID_GENDER";
    public static final String INVALID_ID_NUMBER = "INVALID_ID_NUMBER";

    /**
     * Letters of any script (with their combining marks), spaces, and the apostrophe and hyphen of ethnic minorities'
     * names ({@code H'Hen Niê}, {@code Y Moan Êban}); a single word is a name too.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ '’\\-][\\p{L}\\p{M}]+)*");

    public static SubjectValues none() {
        return new SubjectValues(null, null, null, null);
    }

    public boolean isEmpty() {
        return fullName == null && dateOfBirth == null && gender == null && idNumber == null;
    }

    /** The values in their one stored form, or why not: one error per field, each with its own code. */
    public Checked checked() {
        List<FieldError> errors = new ArrayList<>();
        String name = fullName == null ? null : fullName.strip().replaceAll("\\s+", " ");
        if (name != null && (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches())) {
            errors.add(new FieldError("fullName", INVALID_FULL_NAME, "Họ và tên chỉ gồm chữ cái, dấu cách, dấu ' và"
                    + " dấu -, tối đa " + MAX_NAME_LENGTH + " ký tự. / The full name holds letters, spaces, ' and -"
                    + " only, at most " + MAX_NAME_LENGTH + " characters."));
        }
        String date = null;
        if (dateOfBirth != null) {
            ParseResult<BirthDate, ?> read = BirthDate.parse(dateOfBirth);
            if (read.isValid()) {
                date = read.orElseThrow().toString();
            } else {
                errors.add(new FieldError("dateOfBirth", INVALID_DATE_OF_BIRTH, "Ngày sinh không hợp lệ (" + read.error()
                        .orElseThrow() + "); viết dd/mm/yyyy hoặc yyyy-mm-dd. / The date of birth is not a date."));
            }
        }
        String sex = null;
        if (gender != null) {
            ParseResult<Gender, ?> read = Gender.parse(gender);
            if (read.isValid()) {
                sex = read.orElseThrow() == Gender.MALE ? "M" : "F";
            } else {
                errors.add(new FieldError("gender", INVALID_GENDER, "Giới tính là Nam hoặc Nữ. / The gender is Nam (M)"
                        + " or Nữ (F)."));
            }
        }
        String number = null;
        if (idNumber != null) {
            IdNumberReading read = IdNumber.parse(idNumber);
            if (read.isWellFormed()) {
                number = read.digits().orElseThrow();
            } else {
                errors.add(new FieldError("idNumber", INVALID_ID_NUMBER, "Số định danh gồm 12 chữ số (CCCD) hoặc 9 chữ"
                        + " số (CMND) với mã tỉnh đúng. / The ID number has 12 digits (or 9 of an old ID card) with a"
                        + " known province code."));
            }
        }
        return new Checked(new SubjectValues(name, date, sex, number), List.copyOf(errors));
    }

    /** The subject with these values in place of its own, where given. */
    public SubjectData applyTo(SubjectData subject) {
        return new SubjectData(subject.subjectId(), fullName == null ? subject.fullName() : fullName,
                dateOfBirth == null ? subject.dateOfBirth() : dateOfBirth, gender == null ? subject.gender() : gender,
                idNumber == null ? subject.idNumber() : idNumber, subject.communeCode());
    }

    /** The values as checked: usable when {@link #errors()} is empty. */
    public record Checked(SubjectValues values, List<FieldError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }

        /** The values, or a 422 with one code per field. */
        public SubjectValues orThrow() {
            if (!errors.isEmpty()) {
                throw CorrectionProblem.invalid(errors);
            }
            return values;
        }
    }
}
