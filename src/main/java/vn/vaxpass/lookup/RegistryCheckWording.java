package vn.vaxpass.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vaxpass.matching.MatchField;
import vn.vaxpass.matching.MatchStatus;

/**
 * Tells a citizen what the registry check found, and when their record is not verified, that their commune health
 * station corrects it. Never shows the registry's own values or any suggested person: only which of the record's
 * details differ.
 */
public final class RegistryCheckWording {

    public static final String NOT_YET_CHECKED = "NOT_YET_CHECKED";
    public static final String CHECK_OUTDATED = "CHECK_OUTDATED";

    private static final Map<String, String> DETAIL_BY_FIELD = Map.of(
            MatchField.NAME.code(), "name", MatchField.DOB.code(), "dateOfBirth", MatchField.GENDER.code(), "gender");
    private static final Map<String, String> WORDS_BY_DETAIL = Map.of(
            "name", "full name", "dateOfBirth", "date of birth", "gender", "gender");
    private static final String BRING = "Your citizen identity card (CCCD), or your old ID card (CMND) and household "
            + "registration.";

    private RegistryCheckWording() {
    }

    /**
     * @param latest the newest result's status, null when the record was never checked
     * @param checkedVersion the record version that result saw
     * @param mismatchedFields {@code name;dob;gender} as the result stores them, or null
     */
    public static RegistryCheck of(MatchStatus latest, int checkedVersion, String mismatchedFields, int recordVersion,
            String communeCode, String communeName) {
        if (latest == null) {
            return new RegistryCheck(NOT_YET_CHECKED, "Your record has not been checked against the national "
                    + "population registry yet. Nothing to do: every record is checked.", List.of(), null);
        }
        if (checkedVersion != recordVersion) {
            return new RegistryCheck(CHECK_OUTDATED, "Your details were changed after the last check against the "
                    + "national population registry; they will be checked again.", List.of(), null);
        }
        if (latest == MatchStatus.VERIFIED) {
            return new RegistryCheck(latest.name(), "Your record matches the national population registry.", List.of(),
                    null);
        }
        List<String> differing = differing(mismatchedFields);
        return new RegistryCheck(latest.name(), explanation(latest, differing), differing,
                new RegistryCheck.WhereToFix(place(communeName), communeCode, communeName, BRING));
    }

    private static String explanation(MatchStatus status, List<String> differing) {
        String fix = " Until it is corrected, no certificate can be issued.";
        return switch (status) {
            case MISSING_ID -> "Your record has no ID number (CCCD or CMND), so it could not be checked against the "
                    + "national population registry." + fix;
            case INVALID_ID_FORMAT -> "The ID number on your record is not a valid CCCD or CMND number; it was "
                    + "probably typed wrong." + fix;
            case NOT_FOUND -> "The ID number on your record is not in the national population registry; it was "
                    + "probably typed wrong." + fix;
            case MISMATCH -> "The " + words(differing) + " on your record differ" + (differing.size() == 1 ? "s" : "")
                    + " from the national population registry's for your ID number." + fix;
            case VERIFIED -> throw new IllegalArgumentException("VERIFIED needs no explanation of what is wrong");
        };
    }

    private static List<String> differing(String mismatchedFields) {
        List<String> details = new ArrayList<>();
        if (mismatchedFields != null) {
            for (String field : mismatchedFields.split(";")) {
                String detail = DETAIL_BY_FIELD.get(field.strip());
                if (detail != null) {
                    details.add(detail);
                }
            }
        }
        return details;
    }

    private static String words(List<String> differing) {
        if (differing.isEmpty()) {
            return "personal details";
        }
        List<String> words = differing.stream().map(WORDS_BY_DETAIL::get).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String place(String communeName) {
        return communeName == null || communeName.isBlank()
                ? "Your commune health station (trạm y tế xã/phường) corrects vaccination records."
                : "The health station of " + communeName + " (trạm y tế) corrects vaccination records.";
    }
}
