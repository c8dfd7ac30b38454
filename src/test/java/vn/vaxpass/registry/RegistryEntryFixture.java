package vn.vaxpass.registry;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/** Registry people for tests, with their comparison keys computed as an import computes them. */
public final class RegistryEntryFixture {

    private RegistryEntryFixture() {
    }

    public static RegistryEntry person(String id, String oldId, String name, String dob, Gender gender, String commune) {
        return new RegistryEntry(id, oldId, name, VietnameseNameCanonicalizer.canonicalForm(name),
                VietnameseNameCanonicalizer.diacriticsFreeKey(name), BirthDate.parse(dob).orElseThrow(), gender, commune);
    }
}
