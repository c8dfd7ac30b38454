package vn.vaxpass.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A well-formed number that a damaged ID number field may have meant, and the corruptions assumed to get it. A
 * candidate to look up, never a correction by itself: the registry person it finds must agree on name and date of
 * birth.
 *
 * @param digits a well-formed number: 9 digits, or 12 with a known province code
 * @param corruptions what was undone, at least one; iterates in declaration order
 */
public record IdNumberRepair(String digits, Set<IdNumberCorruption> corruptions) {

    public IdNumberRepair {
        Objects.requireNonNull(digits, "digits");
        if (corruptions.isEmpty()) {
            throw new IllegalArgumentException("a repair undoes at least one corruption");
        }
        // An EnumSet keeps the declaration order, so the repair reads the same every time.
        corruptions = Collections.unmodifiableSet(EnumSet.copyOf(corruptions));
    }
}
