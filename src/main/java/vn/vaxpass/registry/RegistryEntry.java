package vn.vaxpass.registry;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * A registry person as the matcher sees them, with the comparison keys computed once at import
 * ({@code nameKey} canonical, {@code asciiKey} without diacritics).
 */
public record RegistryEntry(String idNumber, String oldIdNumber, String fullName, String nameKey, String asciiKey,
        BirthDate dateOfBirth, Gender gender, String communeCode) {

    /**
     * A person as the registry gives them (its extract, its service), with the comparison keys computed here as the
     * import computes them. A blank old ID number is none.
     */
    public static RegistryEntry of(String idNumber, String oldIdNumber, String fullName, BirthDate dateOfBirth,
            Gender gender, String communeCode) {
        return new RegistryEntry(idNumber, oldIdNumber == null || oldIdNumber.isBlank() ? null : oldIdNumber,
                fullName, VietnameseNameCanonicalizer.canonicalForm(fullName),
                VietnameseNameCanonicalizer.diacriticsFreeKey(fullName), dateOfBirth, gender, communeCode);
    }
}
