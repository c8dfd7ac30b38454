package vn.vaxpass.registry;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;

/** Registry people for tests, with their comparison keys computed as an import computes them. */
public final class RegistryEntryFixture {

    private RegistryEntryFixture() {
    }

    public static RegistryEntry person(String id, String oldId, String name, String dob, Gender gender, String commune) {
        return RegistryEntry.of(id, oldId, name, BirthDate.parse(dob).orElseThrow(), gender, commune);
    }
}
