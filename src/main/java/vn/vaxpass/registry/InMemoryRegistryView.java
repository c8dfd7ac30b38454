package vn.vaxpass.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A registry view over people already fetched (one matching chunk's, or a small extract's). */
public final class InMemoryRegistryView implements RegistryView {

    private final Map<String, RegistryEntry> byId = new HashMap<>();
    private final Map<String, RegistryEntry> byOldId = new HashMap<>();
    private final Map<String, List<RegistryEntry>> byNameYear = new HashMap<>();
    private final Map<String, List<RegistryEntry>> byCommuneYear = new HashMap<>();

    public InMemoryRegistryView add(RegistryEntry person) {
        if (byId.putIfAbsent(person.idNumber(), person) != null) {
            return this;
        }
        if (person.oldIdNumber() != null) {
            byOldId.put(person.oldIdNumber(), person);
        }
        int year = person.dateOfBirth().year();
        byNameYear.computeIfAbsent(person.asciiKey() + '|' + year, k -> new ArrayList<>(2)).add(person);
        byCommuneYear.computeIfAbsent(person.communeCode() + '|' + year, k -> new ArrayList<>(4)).add(person);
        return this;
    }

    public InMemoryRegistryView addAll(Iterable<RegistryEntry> people) {
        people.forEach(this::add);
        return this;
    }

    public int size() {
        return byId.size();
    }

    @Override
    public Optional<RegistryEntry> byIdNumber(String idNumber) {
        return Optional.ofNullable(byId.get(idNumber));
    }

    @Override
    public Optional<RegistryEntry> byOldIdNumber(String oldIdNumber) {
        return Optional.ofNullable(byOldId.get(oldIdNumber));
    }

    @Override
    public List<RegistryEntry> byNameAndBirthYear(String asciiKey, int birthYear) {
        return byNameYear.getOrDefault(asciiKey + '|' + birthYear, List.of());
    }

    @Override
    public List<RegistryEntry> byCommuneAndBirthYear(String communeCode, int birthYear) {
        return byCommuneYear.getOrDefault(communeCode + '|' + birthYear, List.of());
    }
}
