package vn.vaxpass.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberReading;

/** A logged-in citizen's lookup, as typed: their ID number and date of birth. Holds personal data: never log it. */
@RegisterForReflection
public record IdNumberLookup(String idNumber, String dateOfBirth) {

    /** The ID number's digits and the date of birth, or {@link InvalidLookupException} naming each unreadable field. */
    public Read read() {
        List<FieldError> errors = new ArrayList<>();
        IdNumberReading reading = IdNumber.parse(idNumber);
        if (!reading.isWellFormed()) {
            errors.add(new FieldError("idNumber", CodeRequest.blank(idNumber) ? "MISSING" : "NOT_AN_ID_NUMBER",
                    "Your 12-digit personal ID number (CCCD), or the 9-digit CMND number on the vaccination record."));
        }
        Optional<BirthDate> birth = BirthDate.parse(dateOfBirth).value();
        if (birth.isEmpty()) {
            errors.add(CodeRequest.birthDateError(dateOfBirth));
        }
        if (!errors.isEmpty()) {
            throw new InvalidLookupException(errors);
        }
        return new Read(reading.digits().orElseThrow(), birth.get());
    }

    /** What was read: the ID number's digits, without formatting, and the date of birth. */
    public record Read(String digits, BirthDate dateOfBirth) {
    }
}
