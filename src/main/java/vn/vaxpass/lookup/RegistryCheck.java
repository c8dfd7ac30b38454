package vn.vaxpass.lookup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The registry-match result of a record in words a citizen understands: its state, an explanation, the details that
 * differ from the national population registry, and, unless verified, where to get the record corrected.
 *
 * @param state {@code VERIFIED}, {@code MISSING_ID}, {@code INVALID_ID_FORMAT}, {@code NOT_FOUND}, {@code MISMATCH}
 *     (the registry-match statuses), {@code NOT_YET_CHECKED}, or {@code CHECK_OUTDATED} (details changed since)
 * @param differingDetails for {@code MISMATCH}: {@code name}, {@code dateOfBirth}, {@code gender}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryCheck(String state, String explanation, List<String> differingDetails, WhereToFix whereToFix) {

    public RegistryCheck {
        differingDetails = List.copyOf(differingDetails);
    }

    /** The commune health station that corrects the record, and what to bring. */
    public record WhereToFix(String place, String communeCode, String communeName, String bring) {
    }
}
