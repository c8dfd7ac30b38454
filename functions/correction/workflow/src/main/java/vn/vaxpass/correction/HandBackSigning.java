package vn.vaxpass.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The police sign a list and hand it back: every item must be decided; the system records the officer, the time and
 * the hash of every decision, and issues the signed hand-back document. The list is HANDED_BACK: the station may
 * apply it, nobody may change it.
 */
@ApplicationScoped
public class HandBackSigning {

    /** Some items are not decided yet (the problem's message says how many). */
    public static final String UNDECIDED_ITEMS = "UNDECIDED_ITEMS";
    static final String DOCUMENT_TYPE = "vaxpass-hand-back";

    private final HandBackDocument documents;
    private final Clock clock;

    @Inject
    public HandBackSigning(HandBackDocument documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public Uni<HandBack> sign(Actor actor, UUID listId) {
        return Panache.withTransaction(() -> Lists.locate(actor, listId, Action.SIGN).chain(located -> {
            located.require(ListState.WITH_POLICE, "ký trả", "sign a list not with the police");
            return CorrectionItem.<CorrectionItem>list("listId = ?1 order by id", listId).chain(items -> {
                long undecided = items.stream().filter(item -> !item.state.isDecided()).count();
                if (undecided > 0) {
                    throw CorrectionProblem.conflict(UNDECIDED_ITEMS, "Còn " + undecided + " mục chưa quyết định. / "
                            + undecided + " items are not decided yet.", located.list().state);
                }
                HandBack handBack = handBack(located.list(), items, actor.account(), clock.instant());
                located.list().state = ListState.HANDED_BACK;
                return handBack.<HandBack>persist();
            });
        }));
    }

    private HandBack handBack(CorrectionList list, List<CorrectionItem> items, String officer, Instant now) {
        List<HandBackDocument.Decision> decisions = items.stream().map(item -> new HandBackDocument.Decision(item.id,
                item.subjectId, item.state.name(), ListContent.hashOfDecision(item))).toList();
        String decisionsHash = ListContent.hashOfDecisions(decisions.stream().map(HandBackDocument.Decision::hash)
                .toList());
        HandBackDocument.Signed signed = documents.sign(new HandBackDocument.Content(DOCUMENT_TYPE, list.id,
                list.communeCode, officer, now, list.contentHash, decisionsHash, decisions));
        HandBack handBack = new HandBack();
        handBack.listId = list.id;
        handBack.officer = officer;
        handBack.signedAt = now;
        handBack.decisionsHash = decisionsHash;
        handBack.keyId = signed.keyId();
        handBack.document = signed.document();
        return handBack;
    }
}
