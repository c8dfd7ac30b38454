package vn.vaxpass.lookup;

import java.util.Optional;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;

/**
 * A citizen's details as read from a code request: the phone number, the canonical form of the full name, the date
 * of birth, and the gender when given. Holds personal data: never log it.
 */
public record CitizenDetails(PhoneNumber phone, String canonicalName, BirthDate dateOfBirth, Optional<Gender> gender) {
}
