package vn.vaxpass.issuance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.vaxpass.confirmation.ConfirmationState;
import vn.vaxpass.confirmation.RecordedDose;
import vn.vaxpass.matching.MatchStatus;

/**
 * The rule "a certificate only for a record the registry check VERIFIED as it is now, whose every dose its
 * facility confirmed as it is now", as reasons a person understands: the registry check first (it is the
 * citizen's to fix), then the doses (the facility's). Every reason that applies is given, in that order.
 */
public final class EligibilityPolicy {

    public static final String REGISTRY_CHECK = "registryCheck";
    public static final String DOSES = "doses";

    private static final Map<String, String> FIELD_WORDS = Map.of("name", "name", "dob", "date of birth", "gender", "gender");

    private EligibilityPolicy() {
    }

    /** Empty when the subject may have a certificate. */
    public static List<Ineligibility> reasons(SubjectRecord record) {
        if (record.isDeceased()) {
            return List.of(new Ineligibility(EligibilityReason.DECEASED, REGISTRY_CHECK,
                    "The commune recorded that this person has died; no certificate is issued for the record."));
        }
        List<Ineligibility> reasons = new ArrayList<>();
        registryCheck(record).ifPresent(reasons::add);
        if (record.doses().isEmpty()) {
            reasons.add(new Ineligibility(EligibilityReason.NO_DOSES, DOSES,
                    "No vaccination dose is recorded for this person yet."));
        }
        for (RecordedDose dose : record.doses()) {
            ConfirmationState state = dose.state();
            String field = DOSES + "[" + dose.content().doseNumber() + "]";
            String which = "Dose " + dose.content().doseNumber() + " (given on " + dose.content().vaccinatedOn()
                    + " by facility " + dose.content().facilityCode() + ")";
            if (state == ConfirmationState.NOT_CONFIRMED) {
                reasons.add(new Ineligibility(EligibilityReason.DOSE_NOT_CONFIRMED, field,
                        which + " has not been confirmed by the facility yet; the facility confirms each day's doses."));
            } else if (state == ConfirmationState.CHANGED_AFTER_CONFIRMATION) {
                reasons.add(new Ineligibility(EligibilityReason.DOSE_CHANGED_AFTER_CONFIRMATION, field,
                        which + " was changed after the facility confirmed it; the facility must confirm it again."));
            }
        }
        return reasons;
    }

    private static Optional<Ineligibility> registryCheck(SubjectRecord record) {
        if (record.latestMatch().isEmpty()) {
            return Optional.of(new Ineligibility(EligibilityReason.NOT_YET_CHECKED, REGISTRY_CHECK,
                    "This record has not been checked against the national population registry yet; "
                            + "the certificate will be available once it has been checked and found correct."));
        }
        SubjectRecord.LatestMatch match = record.latestMatch().get();
        if (match.subjectVersion() != record.version()) {
            return Optional.of(new Ineligibility(EligibilityReason.MATCH_OUTDATED, REGISTRY_CHECK,
                    "The personal details were changed after the last check against the national population "
                            + "registry; the certificate will be available once the new details have been checked."));
        }
        if (match.status() != MatchStatus.VERIFIED) {
            return Optional.of(new Ineligibility(EligibilityReason.NOT_VERIFIED, REGISTRY_CHECK,
                    notVerified(match) + " Ask the vaccination facility or the commune health station to correct "
                            + "the record; it is checked again after the correction."));
        }
        return Optional.empty();
    }

    private static String notVerified(SubjectRecord.LatestMatch match) {
        return switch (match.status()) {
            case MISSING_ID -> "The record has no ID number (CCCD or CMND), so it could not be checked against "
                    + "the national population registry.";
            case INVALID_ID_FORMAT -> "The ID number in the record is not a valid CCCD or CMND number.";
            case NOT_FOUND -> "The ID number in the record was not found in the national population registry.";
            case MISMATCH -> "The record's " + differing(match.mismatchedFields())
                    + " differs from the national population registry's for that ID number.";
            case VERIFIED -> throw new IllegalArgumentException("VERIFIED is no reason");
        };
    }

    private static String differing(String mismatchedFields) {
        if (mismatchedFields == null || mismatchedFields.isBlank()) {
            return "personal data";
        }
        return Arrays.stream(mismatchedFields.split(";"))
                .map(f -> FIELD_WORDS.getOrDefault(f.strip(), f.strip()))
                .collect(Collectors.joining(" and "));
    }
}
