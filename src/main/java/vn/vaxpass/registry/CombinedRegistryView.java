package vn.vaxpass.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One chunk's two fetches seen as one registry: the people of the first matching pass and those the second added.
 * A person fetched by number in the first pass and again with a block in the second is listed once.
 */
public final class CombinedRegistryView implements RegistryView {

    private final RegistryView first;
    private final RegistryView second;

    public CombinedRegistryView(RegistryView first, RegistryView second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public Optional<RegistryEntry> byIdNumber(String idNumber) {
        Optional<RegistryEntry> person = first.byIdNumber(idNumber);
        return person.isPresent() ? person : second.byIdNumber(idNumber);
    }

    @Override
    public Optional<RegistryEntry> byOldIdNumber(String oldIdNumber) {
        Optional<RegistryEntry> person = first.byOldIdNumber(oldIdNumber);
        return person.isPresent() ? person : second.byOldIdNumber(oldIdNumber);
    }

    @Override
    public List<RegistryEntry> byNameAndBirthYear(String asciiKey, int birthYear) {
        return union(first.byNameAndBirthYear(asciiKey, birthYear), second.byNameAndBirthYear(asciiKey, birthYear));
    }

    @Override
    public List<RegistryEntry> byCommuneAndBirthYear(String communeCode, int birthYear) {
        return union(first.byCommuneAndBirthYear(communeCode, birthYear), second.byCommuneAndBirthYear(communeCode, birthYear));
    }

    private static List<RegistryEntry> union(List<RegistryEntry> a, List<RegistryEntry> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<RegistryEntry> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        for (RegistryEntry person : b) {
            if (a.stream().noneMatch(p -> p.idNumber().equals(person.idNumber()))) {
                both.add(person);
            }
        }
        return both;
    }
}
