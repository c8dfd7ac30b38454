package vn.vaxpass.registry;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;

/**
 * A registry person as the matcher sees them, with the comparison keys computed once at import
 * ({@code nameKey} canonical, {@code asciiKey} without diacritics).
 */
public record RegistryEntry(String idNumber, String oldIdNumber, String fullName, String nameKey, String asciiKey,
        BirthDate dateOfBirth, Gender gender, String communeCode) {
}
