package vn.vaxpass.registry;

import vn.vaxpass.identity.Gender;

/**
 * How the registry writes a gender once normalised: {@code M} or {@code F}, nothing else. The mirror stores it so
 * ({@code registry_person.gender}, a CHECK constraint) and the registry service answers so; the clerks' spellings
 * ({@link Gender#parse}) are read only at import.
 */
public final class RegistryGenderCode {

    public static final String MALE = "M";
    public static final String FEMALE = "F";

    private RegistryGenderCode() {
    }

    public static String of(Gender gender) {
        return gender == Gender.MALE ? MALE : FEMALE;
    }

    /** @throws IllegalArgumentException for anything but {@code M} or {@code F} */
    public static Gender parse(String code) {
        if (MALE.equals(code)) {
            return Gender.MALE;
        }
        if (FEMALE.equals(code)) {
            return Gender.FEMALE;
        }
        throw new IllegalArgumentException("a registry gender is M or F");
    }
}
