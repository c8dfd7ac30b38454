package vn.vaxpass.identity;

import java.util.Optional;

/**
 * What {@link IdNumber#parse(String)} read in an ID number field: its status by the contract, the digits, why it is
 * malformed, and what a 12-digit number says about its holder. Immutable.
 */
public final class IdNumberReading {

    private static final IdNumberReading MISSING =
            new IdNumberReading(IdNumberStatus.MISSING, null, null, null, null);

    private final IdNumberStatus status;
    private final IdNumberKind kind;
    private final String digits;
    private final IdNumberDefect defect;
    private final CccdEvidence evidence;

    private IdNumberReading(IdNumberStatus status, IdNumberKind kind, String digits, IdNumberDefect defect,
            CccdEvidence evidence) {
        this.status = status;
        this.kind = kind;
        this.digits = digits;
        this.defect = defect;
        this.evidence = evidence;
    }

    static IdNumberReading missing() {
        return MISSING;
    }

    static IdNumberReading wellFormed(IdNumberKind kind, String digits, CccdEvidence evidence) {
        return new IdNumberReading(IdNumberStatus.WELL_FORMED, kind, digits, null, evidence);
    }

    /** {@code digits} is null for {@link IdNumberDefect#NON_DIGIT}. */
    static IdNumberReading malformed(IdNumberDefect defect, String digits) {
        return new IdNumberReading(IdNumberStatus.MALFORMED, null, digits, defect, null);
    }

    public IdNumberStatus status() {
        return status;
    }

    public boolean isWellFormed() {
        return status == IdNumberStatus.WELL_FORMED;
    }

    /** CMND or CCCD; empty unless well formed. */
    public Optional<IdNumberKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * The field's ASCII digits, formatting removed: the normalised number when well formed, and also for
     * {@link IdNumberDefect#WRONG_LENGTH} and {@link IdNumberDefect#UNKNOWN_PROVINCE}; empty when missing or when
     * something other than digits and formatting is in the field.
     */
    public Optional<String> digits() {
        return Optional.ofNullable(digits);
    }

    /** Why the number is malformed; empty unless {@link IdNumberStatus#MALFORMED}. */
    public Optional<IdNumberDefect> defect() {
        return Optional.ofNullable(defect);
    }

    /** What the digits of a well-formed 12-digit number say about its holder; empty for anything else. */
    public Optional<CccdEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(status.name());
        if (kind != null) {
            text.append(' ').append(kind);
        }
        if (defect != null) {
            text.append(' ').append(defect);
        }
        if (digits != null) {
            text.append(' ').append(digits);
        }
        return text.toString();
    }
}
