package vn.vaxpass.identity;

import java.util.List;
import java.util.Optional;

/**
 * What {@link IdNumber#parse(String)} read in an ID number field: its status by the contract, the digits, why it is
 * malformed, what a 12-digit number says about its holder, and the numbers a damaged field may have meant. Immutable.
 */
public final class IdNumberReading {

    private static final IdNumberReading MISSING =
            new IdNumberReading(IdNumberStatus.MISSING, null, null, null, null, IdNumberRepairs.NONE);

    private final IdNumberStatus status;
    private final IdNumberKind kind;
    private final String digits;
    private final IdNumberDefect defect;
    private final CccdEvidence evidence;
    private final IdNumberRepairs repairs;

    private IdNumberReading(IdNumberStatus status, IdNumberKind kind, String digits, IdNumberDefect defect,
            CccdEvidence evidence, IdNumberRepairs repairs) {
        this.status = status;
        this.kind = kind;
        this.digits = digits;
        this.defect = defect;
        this.evidence = evidence;
        this.repairs = repairs;
    }

    static IdNumberReading missing() {
        return MISSING;
    }

    static IdNumberReading wellFormed(IdNumberKind kind, String digits, CccdEvidence evidence,
            IdNumberRepairs repairs) {
        return new IdNumberReading(IdNumberStatus.WELL_FORMED, kind, digits, null, evidence, repairs);
    }

    /** {@code digits} is null for {@link IdNumberDefect#NON_DIGIT}. */
    static IdNumberReading malformed(IdNumberDefect defect, String digits, IdNumberRepairs repairs) {
        return new IdNumberReading(IdNumberStatus.MALFORMED, null, digits, defect, null, repairs);
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

    /**
     * The well-formed numbers the field may have meant, each with the corruptions undone to get it: usually for a
     * malformed field ({@code 79085123456} → {@code 079085123456}), but also for a well-formed one whose text shows a
     * corruption ({@code 25123456.0} reads as the well-formed {@code 251234560} by the contract, and may have been
     * {@code 025123456}). Empty when nothing can be undone.
     */
    public List<IdNumberRepair> repairs() {
        return repairs.exact();
    }

    /** The digits of {@link #repairs()}, in the same order. */
    public List<String> repairCandidates() {
        return repairs.exact().stream().map(IdNumberRepair::digits).toList();
    }

    /**
     * Ranges of numbers a rounded scientific notation stands for ({@code 7.91E+10}), 12-digit first; empty unless the
     * field is one.
     */
    public List<IdNumberRange> repairRanges() {
        return repairs.ranges();
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
        // Never the digits themselves: an ID number is personal data and toString() ends up in logs.
        if (digits != null) {
            text.append(' ').append(digits.length()).append(" digits");
        }
        if (!repairs.exact().isEmpty()) {
            text.append(", ").append(repairs.exact().size()).append(" repairs");
        }
        if (!repairs.ranges().isEmpty()) {
            text.append(", ").append(repairs.ranges().size()).append(" ranges");
        }
        return text.toString();
    }
}
