package vn.vaxpass.correction;

import java.util.List;

import vn.vaxpass.shared.FieldError;

/**
 * What an outcome points at: the subject a DUPLICATE_OF duplicates (required), or the commune a MOVED_AWAY subject
 * moved to (optional: without it the item just closes with its note). Looked up before the proposal's transaction
 * ({@link OutcomeTargets}) and checked against the item inside it ({@link #checkFor}).
 *
 * @param duplicateOf           the subject kept, for DUPLICATE_OF
 * @param duplicateCommune      the current commune of the subject kept (its recorded commune, or the one that
 *                              commune was merged into)
 * @param movedTo               the current commune moved to, for MOVED_AWAY
 */
public record OutcomeTarget(String duplicateOf, String duplicateCommune, String movedTo) {

    /** DUPLICATE_OF without the subject it duplicates. */
    public static final String DUPLICATE_OF_REQUIRED = "DUPLICATE_OF_REQUIRED";
    /** DUPLICATE_OF naming the item's own subject. */
    public static final String DUPLICATE_OF_ITSELF = "DUPLICATE_OF_ITSELF";
    /** DUPLICATE_OF naming a subject nobody registered. */
    public static final String UNKNOWN_SUBJECT = "UNKNOWN_SUBJECT";
    /** MOVED_AWAY naming a commune that is not in the commune directory. */
    public static final String UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE";
    /** MOVED_AWAY naming the list's own commune. */
    public static final String MOVED_TO_OWN_COMMUNE = "MOVED_TO_OWN_COMMUNE";
    /** A subject or a commune given with an outcome that points at nothing (or with values). */
    public static final String TARGET_NOT_EXPECTED = "TARGET_NOT_EXPECTED";

    /** The request field naming the subject kept. */
    public static final String DUPLICATE_OF_FIELD = "duplicateOf";
    /** The request field naming the commune moved to. */
    public static final String MOVED_TO_FIELD = "movedTo";

    /** Points at nothing. */
    public static final OutcomeTarget NONE = new OutcomeTarget(null, null, null);

    /**
     * The refusal of a target that cannot fit the outcome, before anything is looked up: DUPLICATE_OF without its
     * subject, or a subject or commune with any other outcome.
     */
    static void requireFits(Outcome outcome, String duplicateOf, String movedTo) {
        boolean duplicate = outcome == Outcome.DUPLICATE_OF;
        if (duplicate && isBlank(duplicateOf)) {
            throw invalid(DUPLICATE_OF_FIELD, DUPLICATE_OF_REQUIRED, "Hãy ghi mã đối tượng mà người này trùng với. /"
                    + " Name the subject this one duplicates.");
        }
        if (!duplicate && !isBlank(duplicateOf)) {
            throw invalid(DUPLICATE_OF_FIELD, TARGET_NOT_EXPECTED, "Chỉ ghi đối tượng trùng khi kết quả là DUPLICATE_OF."
                    + " / Name a duplicated subject only with the outcome DUPLICATE_OF.");
        }
        if (outcome != Outcome.MOVED_AWAY && !isBlank(movedTo)) {
            throw invalid(MOVED_TO_FIELD, TARGET_NOT_EXPECTED, "Chỉ ghi xã chuyển đến khi kết quả là MOVED_AWAY. /"
                    + " Name a commune moved to only with the outcome MOVED_AWAY.");
        }
    }

    /**
     * Ends with the refusal this target gets on this item of a list of {@code listCommune}: 422 for the item's own
     * subject, 404 for a subject of another commune (not the caller's to know of), 422 for a move to the same commune.
     */
    void checkFor(CorrectionItem item, String listCommune) {
        if (duplicateOf != null) {
            if (duplicateOf.equals(item.subjectId)) {
                throw invalid(DUPLICATE_OF_FIELD, DUPLICATE_OF_ITSELF, "Một người không thể trùng với chính mình. / A"
                        + " subject cannot duplicate itself.");
            }
            if (!listCommune.equals(duplicateCommune)) {
                throw CorrectionProblem.notFound("đối tượng " + duplicateOf);
            }
        }
        if (movedTo != null && movedTo.equals(listCommune)) {
            throw invalid(MOVED_TO_FIELD, MOVED_TO_OWN_COMMUNE, "Xã chuyển đến là chính xã này; hãy ghi xã khác hoặc"
                    + " bỏ trống. / The commune moved to is this one; name another or leave it out.");
        }
    }

    static CorrectionProblem invalid(String field, String code, String message) {
        return CorrectionProblem.invalid(List.of(new FieldError(field, code, message)));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
