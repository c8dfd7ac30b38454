package vn.vaxpass.certificate;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import vn.vaxpass.certificate.schema.ValueSet;
import vn.vaxpass.certificate.schema.ValueSets;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.shared.IsoDate;
/**
 * Checks a vaccination record before anything is built from it, field by field, with codes and messages
 * a clerk can act on: the DCC schema allows what a certificate must not carry (codes outside the value
 * sets, vaccination in the future), so the issuer checks for itself.
 */
public final class VaccinationRecordValidator {

    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID_DATE = "INVALID_DATE";
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    public static final String DATE_BEFORE_BIRTH = "DATE_BEFORE_BIRTH";
    public static final String NOT_POSITIVE = "NOT_POSITIVE";
    public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    public static final String TOO_LONG = "TOO_LONG";

    /** The DCC schema's limit for names and the issuer (DCC schema 1.3.3, person_name and issuer). */
    public static final int MAX_TEXT_LENGTH = 80;
    /** The DCC schema accepts birth years 1900–2099 only. */
    public static final int FIRST_BIRTH_YEAR = 1900;

    private final ValueSets valueSets;

    public VaccinationRecordValidator(ValueSets valueSets) {
        this.valueSets = valueSets;
    }

    public List<FieldError> validate(VaccinationRecord record, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(record.fullName())) {
            errors.add(new FieldError("fullName", REQUIRED, "Enter the person's full name."));
        } else if (record.fullName().strip().length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError("fullName", TOO_LONG, "The full name is longer than " + MAX_TEXT_LENGTH + " characters."));
        }
        LocalDate earliestBirth = checkBirth(record.dateOfBirth(), today, errors);
        if (record.doses().isEmpty()) {
            errors.add(new FieldError("doses", REQUIRED, "The record has no vaccination dose to certify."));
        }
        for (int i = 0; i < record.doses().size(); i++) {
            checkDose(i, record.doses().get(i), earliestBirth, today, errors);
        }
        return errors;
    }

    private static LocalDate checkBirth(String dateOfBirth, LocalDate today, List<FieldError> errors) {
        if (isBlank(dateOfBirth)) {
            errors.add(new FieldError("dateOfBirth", REQUIRED, "Enter the date of birth (YYYY-MM-DD, or YYYY when only the year is known)."));
            return null;
        }
        LocalDate earliest = parseBirth(dateOfBirth);
        if (earliest == null || earliest.getYear() < FIRST_BIRTH_YEAR) {
            errors.add(new FieldError("dateOfBirth", INVALID_DATE,
                    "'" + dateOfBirth + "' is not a date of birth: write YYYY-MM-DD (e.g. 1985-03-07) or YYYY, from 1900 on."));
            return null;
        }
        if (earliest.isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", DATE_IN_FUTURE, "The date of birth is in the future."));
        }
        return earliest;
    }

    /** The earliest day the date of birth can mean, or null when it is not YYYY-MM-DD or YYYY. */
    private static LocalDate parseBirth(String value) {
        LocalDate date = IsoDate.parseFullDate(value);
        if (date != null) {
            return date;
        }
        Year year = IsoDate.parseYear(value);
        return year == null ? null : year.atDay(1);
    }

    private void checkDose(int index, VaccinationRecord.Dose dose, LocalDate earliestBirth, LocalDate today,
            List<FieldError> errors) {
        checkPositive(index, "doseNumber", dose.doseNumber(), errors);
        checkPositive(index, "totalDoses", dose.totalDoses(), errors);
        checkDoseDate(index, dose.date(), earliestBirth, today, errors);
        checkCode(index, "product", ValueSet.VACCINE_MEDICINAL_PRODUCT, dose.product(), "vaccine product", errors);
        checkCode(index, "manufacturer", ValueSet.VACCINE_MANUFACTURER, dose.manufacturer(), "manufacturer", errors);
        checkCode(index, "prophylaxis", ValueSet.VACCINE_PROPHYLAXIS, dose.prophylaxis(), "vaccine type", errors);
        checkCode(index, "country", ValueSet.COUNTRY, dose.country(), "country", errors);
        if (isBlank(dose.issuer())) {
            errors.add(new FieldError(doseField(index, "issuer"), REQUIRED, "Enter the certificate issuer's name."));
        } else if (dose.issuer().length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError(doseField(index, "issuer"), TOO_LONG, "The issuer's name is longer than " + MAX_TEXT_LENGTH + " characters."));
        }
    }

    /** {@code doses[i].name}; written only for an error, most records having none. */
    private static String doseField(int index, String name) {
        return "doses[" + index + "]." + name;
    }

    private static void checkPositive(int index, String name, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(doseField(index, name), REQUIRED, "Enter the number (1, 2, 3...)."));
        } else if (value < 1) {
            errors.add(new FieldError(doseField(index, name), NOT_POSITIVE, "The number must be 1 or more, not " + value + "."));
        }
    }

    private static void checkDoseDate(int index, String value, LocalDate earliestBirth, LocalDate today,
            List<FieldError> errors) {
        if (isBlank(value)) {
            errors.add(new FieldError(doseField(index, "date"), REQUIRED, "Enter the vaccination date (YYYY-MM-DD)."));
            return;
        }
        LocalDate date = IsoDate.parseFullDate(value);
        if (date == null) {
            errors.add(new FieldError(doseField(index, "date"), INVALID_DATE, "'" + value + "' is not a date: write YYYY-MM-DD, e.g. 2021-09-14."));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError(doseField(index, "date"), DATE_IN_FUTURE, "The vaccination date " + value + " is in the future."));
        } else if (earliestBirth != null && date.isBefore(earliestBirth)) {
            errors.add(new FieldError(doseField(index, "date"), DATE_BEFORE_BIRTH, "The vaccination date " + value + " is before the date of birth."));
        }
    }

    private void checkCode(int index, String name, ValueSet set, String code, String what, List<FieldError> errors) {
        if (isBlank(code)) {
            errors.add(new FieldError(doseField(index, name), REQUIRED, "Enter the " + what + " code."));
        } else if (!valueSets.contains(set, code)) {
            errors.add(new FieldError(doseField(index, name), UNKNOWN_CODE,
                    "'" + code + "' is not a " + what + " code of the EU value set " + set.resource() + "."));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
