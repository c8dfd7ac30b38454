package vn.vaxpass.correction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One subject on a clean-up list: why it is there (the check's problem and suggestion, kept as they were when listed),
 * the village's proposal, the police's decision, and where it stands ({@link ItemState}).
 */
@Entity
@Table(name = "correction_item")
public class CorrectionItem extends PanacheEntityBase {

    /** From sequence correction_item_SEQ: items are created by {@link ListCreation}'s SQL only. */
    @Id
    public Long id;
    public UUID listId;
    public String subjectId;
    /** The subject's version when listed: apply updates the subject only if nobody changed it since. */
    public int subjectVersion;
    @Enumerated(EnumType.STRING)
    public ItemSource source;
    public String problem;
    public String mismatchedFields;
    public String suggestedIdNumber;
    public BigDecimal confidence;
    public String village;
    @Enumerated(EnumType.STRING)
    public ItemState state;

    public String proposedFullName;
    public String proposedDateOfBirth;
    public String proposedGender;
    public String proposedIdNumber;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String note;
    /** DUPLICATE_OF: the subject this one duplicates, which is kept. */
    public String duplicateOf;
    /** MOVED_AWAY: the (current) commune moved to, when known. */
    public String movedToCommune;
    /** MOVED_IN: the item another commune closed as MOVED_AWAY, naming this one. */
    public Long movedFromItem;
    public String proposedBy;

    public String decidedFullName;
    public String decidedDateOfBirth;
    public String decidedGender;
    public String decidedIdNumber;
    public String rejectionReason;
    public String decidedBy;
    public Instant decidedAt;
    public Instant appliedAt;
    @Version
    public int version;

    /** Whether a village (or the station) proposed values or an outcome. */
    public boolean hasProposal() {
        return outcome != null || proposedValues().isPresent();
    }

    /** The values proposed, when any field was. */
    public Optional<SubjectValues> proposedValues() {
        SubjectValues values = new SubjectValues(proposedFullName, proposedDateOfBirth, proposedGender, proposedIdNumber);
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    /** The values the police decided (CORRECTED), when any. */
    public Optional<SubjectValues> decidedValues() {
        SubjectValues values = new SubjectValues(decidedFullName, decidedDateOfBirth, decidedGender, decidedIdNumber);
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    void propose(SubjectValues values, Outcome proposedOutcome, String proposedNote, String account) {
        propose(values, proposedOutcome, OutcomeTarget.NONE, proposedNote, account);
    }

    void propose(SubjectValues values, Outcome proposedOutcome, OutcomeTarget target, String proposedNote,
            String account) {
        duplicateOf = target.duplicateOf();
        movedToCommune = target.movedTo();
        proposedFullName = values.fullName();
        proposedDateOfBirth = values.dateOfBirth();
        proposedGender = values.gender();
        proposedIdNumber = values.idNumber();
        outcome = proposedOutcome;
        note = proposedNote;
        proposedBy = account;
        state = ItemState.PROPOSED;
    }

    void decide(ItemState decision, SubjectValues values, String reason, String account, Instant at) {
        decidedFullName = values.fullName();
        decidedDateOfBirth = values.dateOfBirth();
        decidedGender = values.gender();
        decidedIdNumber = values.idNumber();
        rejectionReason = reason;
        decidedBy = account;
        decidedAt = at;
        state = decision;
    }
}
