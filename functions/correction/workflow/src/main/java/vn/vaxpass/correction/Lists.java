package vn.vaxpass.correction;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Finding a list or an item for a caller, inside the caller's Panache session: what the caller may not see is not
 * there (404), whatever it is.
 */
@ApplicationScoped
public class Lists {

    /** A list as one caller may act on it. */
    public record Located(CorrectionList list, Actor.Part part) {

        /** Ends with 409 unless the list is in this state. */
        public void require(ListState state, String vietnamese, String english) {
            if (list.state != state) {
                throw CorrectionProblem.illegal(vietnamese, list.state, english);
            }
        }
    }

    /** The list, with the part the caller plays in its commune for this action. Call within a Panache session. */
    public static Uni<Located> locate(Actor actor, UUID listId, Action action) {
        return CorrectionList.<CorrectionList>findById(listId).map(list -> {
            if (list == null) {
                throw CorrectionProblem.notFound("danh sách");
            }
            return new Located(list, actor.as(action, list.communeCode, list.provinceCode, "danh sách"));
        });
    }

    /** An item of the list that this part may see (a village team: its own village's only). */
    public static Uni<CorrectionItem> item(Located located, long itemId) {
        return CorrectionItem.<CorrectionItem>findById(itemId).map(item -> {
            if (item == null || !item.listId.equals(located.list().id) || !located.part().sees(item.village)) {
                throw CorrectionProblem.notFound("mục");
            }
            return item;
        });
    }

    /** The list and the items this caller may see, by item id. */
    public Uni<ListView> read(Actor actor, UUID listId) {
        return Panache.withSession(() -> locate(actor, listId, Action.READ_LIST).chain(located ->
                CorrectionItem.<CorrectionItem>list("listId = ?1 order by id", listId).map(items -> new ListView(
                        located.list(), located.part(), items.stream().filter(i -> located.part().sees(i.village))
                        .toList()))));
    }

    /** The lists of a commune the caller plays a part in, newest first. */
    public Uni<List<CorrectionList>> ofCommune(Actor actor, String communeCode, String provinceCode) {
        actor.as(Action.READ_LIST, communeCode, provinceCode, "xã " + communeCode);
        return Panache.withSession(() -> CorrectionList.<CorrectionList>list(
                "communeCode = ?1 order by createdAt desc", communeCode));
    }

    /** A list and the items one caller sees of it. */
    public record ListView(CorrectionList list, Actor.Part part, List<CorrectionItem> items) {
    }

    /** Ends with 409 STALE_VERSION when the caller's version (If-Match) is not the item's; null checks nothing. */
    static void requireVersion(CorrectionItem item, Integer expected) {
        if (expected != null && expected != item.version) {
            throw CorrectionProblem.stale(item.state);
        }
    }
}
