package vn.vaxpass.correction;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The transitions of one item: the station assigns it to a village, a village (or the station) proposes values or an
 * outcome, the police decide it. Each in one transaction on the entities; two callers on one item, one wins and the
 * other gets 409 (the item's version).
 */
@ApplicationScoped
public class ItemWork {

    /** A proposal with neither values nor an outcome. */
    public static final String PROPOSAL_EMPTY = "PROPOSAL_EMPTY";
    /** An outcome (moved away, deceased…) without the note that explains it, or a rejection without its reason. */
    public static final String NOTE_REQUIRED = "NOTE_REQUIRED";
    /** Both values and an outcome: a proposal is one or the other. */
    public static final String PROPOSAL_AMBIGUOUS = "PROPOSAL_AMBIGUOUS";
    /** The village label is blank or too long. */
    public static final String INVALID_VILLAGE = "INVALID_VILLAGE";
    /** The police confirm an item nobody proposed anything for. */
    public static final String NOTHING_TO_CONFIRM = "NOTHING_TO_CONFIRM";
    /** The longest village label a station may define. */
    public static final int MAX_VILLAGE_LENGTH = 64;

    /** The police's decision on one item. */
    public enum Decision {
        /** The proposal agrees with the registry. */
        CONFIRM,
        /** The police supply the registry person's data. */
        CORRECT,
        /** Neither: the item goes back to the next list, with the reason. */
        REJECT
    }

    private final Clock clock;
    private final OutcomeTargets targets;

    @Inject
    public ItemWork(Clock clock, OutcomeTargets targets) {
        this.clock = clock;
        this.targets = targets;
    }

    public Uni<CorrectionItem> assign(Actor actor, UUID listId, long itemId, String village, Integer expectedVersion) {
        String label = village == null ? "" : village.strip();
        if (label.isEmpty() || label.length() > MAX_VILLAGE_LENGTH) {
            throw CorrectionProblem.badRequest(INVALID_VILLAGE, "Tên thôn không được để trống và tối đa "
                    + MAX_VILLAGE_LENGTH + " ký tự. / Name the village, at most " + MAX_VILLAGE_LENGTH + " characters.");
        }
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.ASSIGN).chain(located -> {
            located.require(ListState.OPEN, "giao cho thôn", "assign items of a list");
            return Lists.item(located, itemId).map(item -> {
                Lists.requireVersion(item, expectedVersion);
                if (item.state != ItemState.OPEN && item.state != ItemState.ASSIGNED) {
                    throw CorrectionProblem.illegal("giao cho thôn", item.state, "assign an item");
                }
                item.village = label;
                item.state = ItemState.ASSIGNED;
                return item;
            });
        }));
    }

    public Uni<CorrectionItem> propose(Actor actor, UUID listId, long itemId, SubjectValues values, Outcome outcome,
            String note, Integer expectedVersion) {
        return propose(actor, new Proposal(itemId, values, outcome, null, null, note, expectedVersion), listId);
    }

    /**
     * A proposal, its outcome's target (the subject a duplicate duplicates, the commune moved to) looked up first:
     * 422 for an unknown one or the item's own subject, 404 for a subject of another commune.
     */
    public Uni<CorrectionItem> propose(Actor actor, Proposal proposal, UUID listId) {
        SubjectValues checked = proposal.checked();
        // A target is looked up only for a caller who may propose on this list: anyone else learns nothing of it.
        Uni<OutcomeTarget> lookedUp = proposal.outcome() == Outcome.DUPLICATE_OF || proposal.movedTo() != null
                ? Panache.withSession(() -> Lists.locate(actor, listId, Action.PROPOSE))
                        .chain(() -> targets.lookUp(proposal.outcome(), proposal.duplicateOf(), proposal.movedTo()))
                : Uni.createFrom().item(OutcomeTarget.NONE);
        return lookedUp.chain(target -> Panache.withTransaction(() -> Lists.locate(actor, listId, Action.PROPOSE)
                        .chain(located -> {
                            located.require(ListState.OPEN, "đề xuất", "propose for a list");
                            return Lists.item(located, proposal.itemId()).map(item -> {
                                target.checkFor(item, located.list().communeCode);
                                return proposeOn(actor, located, item, proposal, checked, target);
                            });
                        })));
    }

    /**
     * One proposal of many: the item, the values or an outcome (with what it points at) and its note, and the
     * version it was made from.
     */
    public record Proposal(long itemId, SubjectValues values, Outcome outcome, String duplicateOf, String movedTo,
            String note, Integer expectedVersion) {

        /** A proposal whose outcome points at nothing (a list workbook's row). */
        public Proposal(long itemId, SubjectValues values, Outcome outcome, String note, Integer expectedVersion) {
            this(itemId, values, outcome, null, null, note, expectedVersion);
        }

        /** The values in their stored form, or the refusal a single proposal gets (422, 400). */
        SubjectValues checked() {
            SubjectValues checked = (values == null ? SubjectValues.none() : values).checked().orThrow();
            if (checked.isEmpty() && outcome == null) {
                throw CorrectionProblem.badRequest(PROPOSAL_EMPTY, "Hãy đề xuất giá trị đúng hoặc một kết quả (chuyển"
                        + " đi, đã mất, không cư trú, không tìm thấy). / Propose values or an outcome.");
            }
            if (!checked.isEmpty() && outcome != null) {
                throw CorrectionProblem.badRequest(PROPOSAL_AMBIGUOUS, "Đề xuất giá trị hoặc kết quả, không cả hai. /"
                        + " Propose values or an outcome, not both.");
            }
            if (outcome != null && blankToNull(note) == null) {
                throw noteRequired();
            }
            OutcomeTarget.requireFits(outcome, duplicateOf, movedTo);
            return checked;
        }
    }

    /** What became of one proposal of many: the item as proposed, or why it was refused. */
    public record Proposed(CorrectionItem item, CorrectionProblem refused) {
    }

    /**
     * Many proposals on one list in one transaction (a list workbook's rows): each refused alone by the same rules
     * as {@link #propose} (the same codes), the others written together, so that a 2,000-row file is one round of
     * statements instead of 2,000 transactions. An item named twice is refused the second time as stale, as it would
     * be one call after the other. When someone else changes one of the items before the end (the optimistic lock
     * fails at the flush), nothing is written and the failure is the caller's to handle (propose one by one).
     *
     * @return one entry per proposal, in their order
     */
    public Uni<List<Proposed>> proposeAll(Actor actor, UUID listId, List<Proposal> proposals) {
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.PROPOSE).chain(located -> {
            List<Long> ids = proposals.stream().map(Proposal::itemId).distinct().toList();
            return CorrectionItem.<CorrectionItem>list("listId = ?1 and id in ?2", listId, ids).map(items -> {
                Map<Long, CorrectionItem> byId = new HashMap<>();
                items.forEach(item -> byId.put(item.id, item));
                Set<Long> proposed = new HashSet<>();
                List<Proposed> results = new ArrayList<>(proposals.size());
                for (Proposal proposal : proposals) {
                    try {
                        SubjectValues checked = proposal.checked();
                        if (proposal.duplicateOf() != null || proposal.movedTo() != null) {
                            // Targets are looked up one proposal at a time (propose): a file's rows carry none.
                            throw OutcomeTarget.invalid(proposal.duplicateOf() != null
                                    ? OutcomeTarget.DUPLICATE_OF_FIELD : OutcomeTarget.MOVED_TO_FIELD,
                                    OutcomeTarget.TARGET_NOT_EXPECTED, "Đối tượng trùng hoặc xã chuyển đến được ghi"
                                            + " từng mục một. / Name a duplicated subject or a commune moved to one"
                                            + " item at a time.");
                        }
                        located.require(ListState.OPEN, "đề xuất", "propose for a list");
                        CorrectionItem item = byId.get(proposal.itemId());
                        if (item == null || !located.part().sees(item.village)) {
                            throw CorrectionProblem.notFound("mục");
                        }
                        if (!proposed.add(item.id)) {
                            throw CorrectionProblem.stale(item.state);
                        }
                        results.add(new Proposed(proposeOn(actor, located, item, proposal, checked,
                                OutcomeTarget.NONE), null));
                    } catch (CorrectionProblem refused) {
                        results.add(new Proposed(null, refused));
                    }
                }
                return results;
            });
        }));
    }

    private static CorrectionItem proposeOn(Actor actor, Lists.Located located, CorrectionItem item, Proposal proposal,
            SubjectValues checked, OutcomeTarget target) {
        Lists.requireVersion(item, proposal.expectedVersion());
        boolean village = located.part().role() == WorkRole.VILLAGE_TEAM;
        boolean allowed = village ? item.state == ItemState.ASSIGNED || item.state == ItemState.PROPOSED
                : item.state.isBeforePolice();
        if (!allowed) {
            throw CorrectionProblem.illegal("đề xuất", item.state, "propose for an item");
        }
        item.propose(checked, proposal.outcome(), target, blankToNull(proposal.note()), actor.account());
        return item;
    }

    public Uni<CorrectionItem> decide(Actor actor, UUID listId, long itemId, Decision decision, SubjectValues values,
            String reason, Integer expectedVersion) {
        SubjectValues checked = (values == null ? SubjectValues.none() : values).checked().orThrow();
        String text = blankToNull(reason);
        if (decision == Decision.CORRECT && checked.isEmpty()) {
            throw CorrectionProblem.badRequest(PROPOSAL_EMPTY, "Hãy ghi thông tin đúng theo Cơ sở dữ liệu quốc gia về"
                    + " dân cư. / Give the registry person's data.");
        }
        if (decision == Decision.REJECT && text == null) {
            throw noteRequired();
        }
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.DECIDE).chain(located -> {
            located.require(ListState.WITH_POLICE, "quyết định", "decide items of a list not with the police");
            return Lists.item(located, itemId).map(item -> {
                Lists.requireVersion(item, expectedVersion);
                if (item.state != ItemState.WITH_POLICE && !item.state.isDecided()) {
                    throw CorrectionProblem.illegal("quyết định", item.state, "decide an item");
                }
                switch (decision) {
                    case CONFIRM -> {
                        if (!item.hasProposal()) {
                            throw CorrectionProblem.conflict(NOTHING_TO_CONFIRM, "Mục này chưa có đề xuất để xác nhận;"
                                    + " hãy ghi thông tin đúng. / Nothing was proposed; correct it instead.",
                                    item.state);
                        }
                        item.decide(ItemState.CONFIRMED, SubjectValues.none(), null, actor.account(), clock.instant());
                    }
                    case CORRECT -> item.decide(ItemState.CORRECTED, checked, null, actor.account(), clock.instant());
                    case REJECT -> item.decide(ItemState.REJECTED, SubjectValues.none(), text, actor.account(),
                            clock.instant());
                }
                return item;
            });
        }));
    }

    private static CorrectionProblem noteRequired() {
        return CorrectionProblem.badRequest(NOTE_REQUIRED, "Hãy ghi chú lý do. / Add a note that gives the reason.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
