package vn.vaxpass.registry;

import java.util.HashSet;
import java.util.Set;

/** What a matching pass needs fetched from the registry, collected over a chunk of subjects. */
public final class MatchRequests {

    public record NameYear(String asciiKey, int birthYear) {
    }

    public record CommuneYear(String communeCode, int birthYear) {
    }

    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> oldIdNumbers = new HashSet<>();
    private final Set<NameYear> nameYears = new HashSet<>();
    private final Set<CommuneYear> communeYears = new HashSet<>();

    public void idNumber(String digits) {
        idNumbers.add(digits);
    }

    public void oldIdNumber(String digits) {
        oldIdNumbers.add(digits);
    }

    public void nameYear(String asciiKey, int year) {
        if (!asciiKey.isEmpty()) {
            nameYears.add(new NameYear(asciiKey, year));
        }
    }

    public void communeYear(String communeCode, int year) {
        if (communeCode != null && !communeCode.isBlank()) {
            communeYears.add(new CommuneYear(communeCode, year));
        }
    }

    public Set<String> idNumbers() {
        return idNumbers;
    }

    public Set<String> oldIdNumbers() {
        return oldIdNumbers;
    }

    public Set<NameYear> nameYears() {
        return nameYears;
    }

    public Set<CommuneYear> communeYears() {
        return communeYears;
    }

    public boolean isEmpty() {
        return idNumbers.isEmpty() && oldIdNumbers.isEmpty() && nameYears.isEmpty() && communeYears.isEmpty();
    }
}
