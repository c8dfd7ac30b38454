package vn.vaxpass.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberKind;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.IdNumberRepair;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryView;

import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.subject.SubjectData;
/**
 * Checks one vaccination subject against the population registry (the registry-match contract), explains
 * what differs, and names the registry person the subject most likely is.
 *
 * <p>Matching runs in two passes over what the registry returns: first the numbers the subject's ID field
 * gives (as typed, or repaired from spreadsheet damage); then, for a subject not verified by those, the
 * neighbours of its number (one digit changed or two swapped) and the people of the same name and birth
 * year, or of the same commune and birth year. Rules of the domain, by name:
 * <ul>
 *   <li>never VERIFIED unless exactly right: canonical name, date of birth and gender all equal;</li>
 *   <li>suggest only what the evidence supports, at a confidence {@link SuggestionConfidence} calibrates.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class SubjectMatcher {

    /** First pass: the registry numbers the subject's ID field can mean. */
    public void requestDirect(SubjectData subject, MatchRequests requests) {
        IdNumberReading reading = IdNumber.parse(subject.idNumber());
        reading.digits().filter(d -> reading.isWellFormed()).ifPresent(d -> request(d, requests));
        for (IdNumberRepair repair : reading.repairs()) {
            request(repair.digits(), requests);
        }
    }

    /** Second pass: what finding the right person needs when the first pass did not verify the subject. */
    public void requestSearch(SubjectData subject, RegistryView firstPass, MatchRequests requests) {
        MatchOutcome direct = match(subject, firstPass);
        if (direct.status() == MatchStatus.VERIFIED) {
            return;
        }
        IdNumberReading reading = IdNumber.parse(subject.idNumber());
        if (direct.status() == MatchStatus.NOT_FOUND) {
            reading.digits().ifPresent(d -> IdNumberNeighbours.of(d).forEach(n -> request(n, requests)));
        }
        NameKeys name = NameKeys.of(subject.fullName());
        for (int year : candidateYears(subject, reading)) {
            for (String key : searchKeys(name)) {
                requests.nameYear(key, year);
            }
            requests.communeYear(subject.communeCode(), year);
        }
    }

    private static void request(String digits, MatchRequests requests) {
        if (digits.length() == IdNumberKind.CCCD.length()) {
            requests.idNumber(digits);
        } else if (digits.length() == IdNumberKind.CMND.length()) {
            requests.oldIdNumber(digits);
        }
    }

    private static Set<Integer> candidateYears(SubjectData subject, IdNumberReading reading) {
        Set<Integer> years = new java.util.TreeSet<>();
        BirthDate.parse(subject.dateOfBirth()).value().ifPresent(d -> years.add(d.year()));
        reading.evidence().ifPresent(e -> years.add(e.birthYear()));
        return years;
    }

    public MatchOutcome match(SubjectData subject, RegistryView registry) {
        SubjectFacts facts = SubjectFacts.of(subject);
        IdNumberReading reading = IdNumber.parse(subject.idNumber());
        return switch (reading.status()) {
            case MISSING -> withSuggestion(MatchStatus.MISSING_ID, Set.of(), facts, registry, null, "no ID number");
            case MALFORMED -> malformed(facts, reading, registry);
            case WELL_FORMED -> wellFormed(facts, reading, registry);
        };
    }

    private MatchOutcome malformed(SubjectFacts facts, IdNumberReading reading, RegistryView registry) {
        Candidate best = null;
        for (IdNumberRepair repair : reading.repairs()) {
            Optional<RegistryEntry> person = lookUp(repair.digits(), registry);
            if (person.isPresent()) {
                Candidate candidate = Candidate.of(facts, person.get(), Evidence.REPAIRED_NUMBER);
                best = Candidate.better(best, candidate);
            }
        }
        return withSuggestion(MatchStatus.INVALID_ID_FORMAT, Set.of(), facts, registry, best,
                "ID number is not well formed" + reading.defect().map(d -> " (" + d + ")").orElse(""));
    }

    private MatchOutcome wellFormed(SubjectFacts facts, IdNumberReading reading, RegistryView registry) {
        String digits = reading.digits().orElseThrow();
        Optional<RegistryEntry> holder = lookUp(digits, registry);
        if (holder.isEmpty()) {
            Candidate best = null;
            for (String neighbour : IdNumberNeighbours.of(digits)) {
                Optional<RegistryEntry> person = lookUp(neighbour, registry);
                if (person.isPresent()) {
                    best = Candidate.better(best, Candidate.of(facts, person.get(), Evidence.NEIGHBOUR_NUMBER));
                }
            }
            return withSuggestion(MatchStatus.NOT_FOUND, Set.of(), facts, registry, best, "no registry person has this number");
        }
        Candidate holderCandidate = Candidate.of(facts, holder.get(), Evidence.SAME_NUMBER);
        Set<MatchField> mismatched = holderCandidate.mismatchedFields();
        if (mismatched.isEmpty()) {
            return new MatchOutcome(MatchStatus.VERIFIED, Set.of(), null, null, "name, date of birth and gender agree");
        }
        return withSuggestion(MatchStatus.MISMATCH, mismatched, facts, registry, holderCandidate,
                "the registry person with this number differs in " + String.join(", ", mismatched.stream().map(MatchField::code).toList()));
    }

    /** Completes an outcome with the best candidate: the one given, or one found by name, birth year and commune. */
    private MatchOutcome withSuggestion(MatchStatus status, Set<MatchField> mismatched, SubjectFacts facts,
            RegistryView registry, Candidate numberCandidate, String explanation) {
        List<Candidate> searched = search(facts, registry);
        Suggestion suggestion = SuggestionConfidence.choose(numberCandidate, searched);
        if (suggestion == null) {
            return new MatchOutcome(status, mismatched, null, null, explanation);
        }
        return new MatchOutcome(status, mismatched, suggestion.idNumber(), suggestion.confidence(), explanation);
    }

    private static List<Candidate> search(SubjectFacts facts, RegistryView registry) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int year : facts.candidateYears()) {
            for (String key : searchKeys(facts.name())) {
                for (RegistryEntry person : registry.byNameAndBirthYear(key, year)) {
                    if (seen.add(person.idNumber())) {
                        candidates.add(Candidate.of(facts, person, Evidence.NAME_AND_YEAR));
                    }
                }
            }
            for (RegistryEntry person : registry.byCommuneAndBirthYear(facts.communeCode(), year)) {
                if (seen.add(person.idNumber())) {
                    candidates.add(Candidate.of(facts, person, Evidence.COMMUNE_AND_YEAR));
                }
            }
        }
        return candidates;
    }

    /** The name keys a registry search asks for: the name as meant, and in the other orders. */
    private static List<String> searchKeys(NameKeys name) {
        if (name.otherOrders().isEmpty()) {
            return List.of(name.ascii());
        }
        List<String> keys = new ArrayList<>(1 + name.otherOrders().size());
        keys.add(name.ascii());
        keys.addAll(name.otherOrders());
        return keys;
    }

    /** The registry person with this ID number (12 digits) or old ID number (9 digits). */
    static Optional<RegistryEntry> lookUp(String digits, RegistryView registry) {
        if (digits.length() == IdNumberKind.CCCD.length()) {
            return registry.byIdNumber(digits);
        }
        if (digits.length() == IdNumberKind.CMND.length()) {
            return registry.byOldIdNumber(digits);
        }
        return Optional.empty();
    }

    /** The subject's data read once: name keys, date of birth and gender when readable, commune, candidate years. */
    record SubjectFacts(NameKeys name, BirthDate dateOfBirth, Gender gender, String communeCode, Set<Integer> candidateYears) {

        static SubjectFacts of(SubjectData subject) {
            IdNumberReading reading = IdNumber.parse(subject.idNumber());
            return new SubjectFacts(NameKeys.of(subject.fullName()),
                    BirthDate.parse(subject.dateOfBirth()).value().orElse(null),
                    Gender.parse(subject.gender()).value().orElse(null),
                    subject.communeCode(),
                    SubjectMatcher.candidateYears(subject, reading));
        }
    }

    /** How a candidate was found: each kind of evidence counts differently toward confidence. */
    enum Evidence {
        SAME_NUMBER, REPAIRED_NUMBER, NEIGHBOUR_NUMBER, NAME_AND_YEAR, COMMUNE_AND_YEAR
    }

    /** A registry person compared field by field with the subject. */
    record Candidate(RegistryEntry person, Evidence evidence, Agreement name, Agreement dateOfBirth, boolean sameGender,
            boolean sameCommune) {

        static Candidate of(SubjectFacts facts, RegistryEntry person, Evidence evidence) {
            return new Candidate(person, evidence,
                    NameComparison.compare(facts.name(), NameKeys.of(person.nameKey(), person.asciiKey())),
                    BirthDateComparison.compare(facts.dateOfBirth(), person.dateOfBirth()),
                    facts.gender() != null && facts.gender() == person.gender(),
                    person.communeCode() != null && person.communeCode().equals(facts.communeCode()));
        }

        Set<MatchField> mismatchedFields() {
            Set<MatchField> fields = EnumSet.noneOf(MatchField.class);
            if (name != Agreement.EXACT) {
                fields.add(MatchField.NAME);
            }
            if (dateOfBirth != Agreement.EXACT) {
                fields.add(MatchField.DOB);
            }
            if (!sameGender) {
                fields.add(MatchField.GENDER);
            }
            return fields;
        }

        /** Agreement of the personal data, 0 to 3. */
        double agreement() {
            return name.weight() + dateOfBirth.weight() + (sameGender ? 1.0 : 0.0);
        }

        static Candidate better(Candidate a, Candidate b) {
            return a == null || b.agreement() > a.agreement() ? b : a;
        }
    }

    /** A suggestion: who, and how sure. */
    record Suggestion(String idNumber, double confidence) {
    }
}
