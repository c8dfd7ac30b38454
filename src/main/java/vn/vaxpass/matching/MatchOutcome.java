package vn.vaxpass.matching;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One subject's registry-match result: the status, the fields that differ from the registry person with
 * that number, and the registry person the subject most likely is with a calibrated confidence
 * (empty for VERIFIED, or when nobody is likely enough).
 */
public record MatchOutcome(MatchStatus status, Set<MatchField> mismatchedFields, String suggestedIdNumber,
        Double confidence, String explanation) {

    public MatchOutcome {
        mismatchedFields = mismatchedFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mismatchedFields));
    }

    /** {@code name;dob;gender}, in that order, as results.csv writes them. */
    public String mismatchedFieldsText() {
        return EnumSet.copyOf(mismatchedFields.isEmpty() ? EnumSet.noneOf(MatchField.class) : mismatchedFields).stream()
                .map(MatchField::code).collect(Collectors.joining(";"));
    }
}
