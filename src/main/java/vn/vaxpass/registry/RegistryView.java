package vn.vaxpass.registry;

import java.util.List;
import java.util.Optional;

/**
 * The part of the population registry one matching step needs, already fetched: lookups by number and
 * the two candidate blocks (same name and birth year nationwide; same commune and birth year).
 */
public interface RegistryView {

    Optional<RegistryEntry> byIdNumber(String idNumber);

    Optional<RegistryEntry> byOldIdNumber(String oldIdNumber);

    List<RegistryEntry> byNameAndBirthYear(String asciiKey, int birthYear);

    List<RegistryEntry> byCommuneAndBirthYear(String communeCode, int birthYear);
}
