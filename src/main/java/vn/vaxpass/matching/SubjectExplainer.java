package vn.vaxpass.matching;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import vn.vaxpass.identity.BirthDate;
import vn.vaxpass.identity.Gender;
import vn.vaxpass.identity.IdNumber;
import vn.vaxpass.identity.IdNumberDefect;
import vn.vaxpass.identity.IdNumberReading;
import vn.vaxpass.identity.ParseResult;
import vn.vaxpass.matching.MatchExplanation.ComparedWith;
import vn.vaxpass.registry.RegistryEntry;
import vn.vaxpass.registry.RegistryView;

import vn.vaxpass.subject.SubjectData;
/**
 * Explains a {@link SubjectMatcher} outcome field by field: the ID number as read, then name, date of birth and
 * gender against the registry person holding that number (or, when nobody does, the suggested person). Pure.
 */
public final class SubjectExplainer {

    private final SubjectMatcher matcher = new SubjectMatcher();

    public MatchExplanation explain(SubjectData subject, RegistryView registry) {
        MatchOutcome outcome = matcher.match(subject, registry);
        IdNumberReading reading = IdNumber.parse(subject.idNumber());
        Optional<RegistryEntry> holder = reading.isWellFormed() ? reading.digits().flatMap(d -> SubjectMatcher.lookUp(d, registry)) : Optional.empty();
        Optional<RegistryEntry> suggested = Optional.ofNullable(outcome.suggestedIdNumber()).flatMap(registry::byIdNumber);
        RegistryEntry person = holder.or(() -> suggested).orElse(null);
        ComparedWith comparedWith = holder.isPresent() ? ComparedWith.NUMBER_HOLDER
                : person != null ? ComparedWith.SUGGESTED_PERSON : ComparedWith.NOBODY;
        return new MatchExplanation(outcome, comparedWith, List.of(
                idNumber(subject.idNumber(), reading, holder.isPresent()),
                name(subject.fullName(), person),
                dateOfBirth(subject.dateOfBirth(), person),
                gender(subject.gender(), person)));
    }

    private static FieldExplanation idNumber(String entered, IdNumberReading reading, boolean held) {
        String field = FieldExplanation.ID_NUMBER;
        return switch (reading.status()) {
            case MISSING -> new FieldExplanation(field, FieldVerdict.MISSING, "No ID number (CMND/CCCD) was entered.");
            case MALFORMED -> new FieldExplanation(field, FieldVerdict.UNREADABLE, "Not a well-formed ID number ("
                    + reading.defect().map(SubjectExplainer::defectText).orElse("unreadable") + ")"
                    + (reading.repairs().isEmpty() ? "." : "; it looks like a number damaged by a spreadsheet."));
            case WELL_FORMED -> !held
                    ? new FieldExplanation(field, FieldVerdict.DIFFERS, "Well formed, but no registry person has this number.")
                    : entered.strip().equals(reading.digits().orElseThrow())
                            ? new FieldExplanation(field, FieldVerdict.AGREES, "A registry person has this number.")
                            : new FieldExplanation(field, FieldVerdict.AGREES_AFTER_NORMALISING,
                                    "A registry person has this number (spaces, dots and dashes are only formatting).");
        };
    }

    private static String defectText(IdNumberDefect defect) {
        return switch (defect) {
            case NON_DIGIT -> "it holds characters other than digits";
            case WRONG_LENGTH -> "an ID number has 9 or 12 digits";
            case UNKNOWN_PROVINCE -> "its first three digits are not a province code";
        };
    }

    private static FieldExplanation name(String entered, RegistryEntry person) {
        String field = MatchField.NAME.code();
        if (entered == null || entered.isBlank()) {
            return new FieldExplanation(field, FieldVerdict.MISSING, "No name was entered.");
        }
        if (person == null) {
            return notCompared(field);
        }
        Agreement agreement = NameComparison.compare(NameKeys.of(entered), NameKeys.of(person.nameKey(), person.asciiKey()));
        return switch (agreement) {
            case EXACT -> Normalizer.normalize(entered.strip(), Normalizer.Form.NFC).equals(person.fullName())
                    ? new FieldExplanation(field, FieldVerdict.AGREES, "The name is the registry's.")
                    : new FieldExplanation(field, FieldVerdict.AGREES_AFTER_NORMALISING, "The registry's name, written"
                            + " differently (Unicode form, tone-mark placement, case or spacing): not a mismatch.");
            case CLOSE, PARTIAL -> new FieldExplanation(field, FieldVerdict.CLOSE, "Close to the registry's name: the kind of"
                    + " difference typing makes (missing diacritics, a typo, input-method leftovers, a missing middle name).");
            case NONE -> new FieldExplanation(field, FieldVerdict.DIFFERS, "Not the registry's name.");
        };
    }

    private static FieldExplanation dateOfBirth(String entered, RegistryEntry person) {
        String field = MatchField.DOB.code();
        ParseResult<BirthDate, ?> parsed = BirthDate.parse(entered);
        if (parsed.value().isEmpty()) {
            return entered == null || entered.isBlank()
                    ? new FieldExplanation(field, FieldVerdict.MISSING, "No date of birth was entered.")
                    : new FieldExplanation(field, FieldVerdict.UNREADABLE,
                            "Not a date of birth as DD/MM/YYYY, D/M/YYYY, YYYY-MM-DD or YYYY.");
        }
        if (person == null) {
            return notCompared(field);
        }
        return switch (BirthDateComparison.compare(parsed.value().get(), person.dateOfBirth())) {
            case EXACT -> new FieldExplanation(field, FieldVerdict.AGREES, "The date of birth is the registry's.");
            case CLOSE, PARTIAL -> new FieldExplanation(field, FieldVerdict.CLOSE, "Close to the registry's date of birth"
                    + " (day and month swapped, one part off, or a year alone where a full date is registered or the reverse).");
            case NONE -> new FieldExplanation(field, FieldVerdict.DIFFERS, "Not the registry's date of birth.");
        };
    }

    private static FieldExplanation gender(String entered, RegistryEntry person) {
        String field = MatchField.GENDER.code();
        ParseResult<Gender, ?> parsed = Gender.parse(entered);
        if (parsed.value().isEmpty()) {
            return entered == null || entered.isBlank()
                    ? new FieldExplanation(field, FieldVerdict.MISSING, "No gender was entered.")
                    : new FieldExplanation(field, FieldVerdict.UNREADABLE, "Not a gender: M, F, Nam or Nữ.");
        }
        if (person == null) {
            return notCompared(field);
        }
        return parsed.value().get() == person.gender()
                ? new FieldExplanation(field, FieldVerdict.AGREES, "The gender is the registry's.")
                : new FieldExplanation(field, FieldVerdict.DIFFERS, "Not the registry's gender.");
    }

    private static FieldExplanation notCompared(String field) {
        return new FieldExplanation(field, FieldVerdict.NOT_COMPARED, "No registry person to compare with.");
    }
}
