package vn.vaxpass.functions.correction.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.CorrectionItem;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.ItemState;
import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Lists;
import vn.vaxpass.correction.SubjectValues;
import vn.vaxpass.correction.WorkRole;
import vn.vaxpass.functions.correction.sheet.ListSheet.Column;
import vn.vaxpass.shared.FieldError;

/**
 * Applies a filled-in list workbook: each row becomes the transition the API makes for the caller's role (a village
 * team or the station proposes, the police decide), with the row's item version as the expected version. Rows that
 * cannot be applied are reported one by one and the others apply: a village team's or the station's proposals together
 * in one transaction ({@link ItemWork#proposeAll}, each refused alone by the API's rules), the police's decisions each
 * in its own.
 *
 * <p>Versions: a file made from an older version of the list (it was sent to the police, signed or applied since) is
 * refused as a whole, because what its columns mean changed with the list's stage. Within the same list version, a
 * row whose item changed since the export (another clerk, the API) is refused alone and the others apply: one
 * clerk's edit on one item does not make a whole village's work wait. A row equal to what the item already holds is
 * unchanged and skipped before its version is compared, so importing the same file twice changes nothing.
 */
@ApplicationScoped
public class SheetImport {

    /** The row's item is not on this list, or not one the caller sees (another village's). */
    public static final String ITEM_NOT_IN_LIST = "ITEM_NOT_IN_LIST";
    /**
     * The police confirmed or rejected a row whose values they changed: only CORRECT takes values, so the change
     * would be lost without a word.
     */
    public static final String VALUES_NEED_CORRECT = "VALUES_NEED_CORRECT";
    /** The item changed since the file was made. */
    public static final String ITEM_CHANGED_SINCE_EXPORT = "ITEM_CHANGED_SINCE_EXPORT";

    private final Lists lists;
    private final ItemWork work;
    private final Vertx vertx;

    @Inject
    public SheetImport(Lists lists, ItemWork work, Vertx vertx) {
        this.lists = lists;
        this.work = work;
        this.vertx = vertx;
    }

    /**
     * Applies an uploaded workbook: first who may (404 for a list outside the caller's commune, before the file is
     * opened), then its bounds and rows, read off the event loop, then each row.
     */
    public Uni<ImportReport> apply(Actor actor, UUID listId, byte[] upload) {
        return lists.read(actor, listId).chain(view -> {
            WorkRole role = view.part().role();
            if (role != WorkRole.POLICE && role != WorkRole.VILLAGE_TEAM && role != WorkRole.STATION) {
                throw CorrectionProblem.roleMayNot("nhập danh sách");
            }
            return vertx.executeBlocking(Uni.createFrom().item(() -> {
                return ListSheetReader.SheetFile.read(upload);
            })).chain(file -> apply(actor, listId, view, role, file));
        });
    }

    private Uni<ImportReport> apply(Actor actor, UUID listId, Lists.ListView view, WorkRole role,
            ListSheetReader.SheetFile file) {
        // A CSV carries no hidden sheet: the list is the address's, and each row's item id and version alone say
        // what the row was made from (an item that moved on since is refused on its row, as within a workbook).
        if (file.origin() != null) {
            if (!file.origin().listId().equals(listId)) {
                throw new SheetProblem(409, SheetProblem.WRONG_LIST, "Tệp này là của một danh sách khác; hãy tải lên"
                        + " đúng danh sách. / This file belongs to another list.");
            }
            if (file.origin().listVersion() != view.list().version) {
                throw new SheetProblem(409, SheetProblem.LIST_CHANGED_SINCE_EXPORT, "Danh sách đã chuyển sang bước"
                        + " khác (" + view.list().state + ") sau khi tệp được xuất; hãy tải tệp mới, chép phần đã điền"
                        + " sang rồi nhập lại. / The list moved on (" + view.list().state + ") since this file was"
                        + " made; download it again and copy your entries over.", view.list().state.name());
            }
        }
        Map<Long, CorrectionItem> items = view.items().stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
        Tally tally = new Tally(listId, role);
        List<Pending> pending = new ArrayList<>();
        for (SheetRow row : file.rows()) {
            prepare(role, row, items.get(row.itemId()), file.columns(), tally).ifPresent(pending::add);
        }
        if (role != WorkRole.POLICE) {
            return proposeAll(actor, listId, pending, file.columns(), tally).map(nothing -> tally.report());
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending row : pending) {
            chain = chain.chain(() -> decide(actor, listId, row, file.columns(), tally));
        }
        return chain.map(nothing -> tally.report());
    }

    /** A row to apply: the row as read, its item, and its values as checked. */
    private record Pending(SheetRow row, CorrectionItem item, SubjectValues values) {
    }

    /** What a row asks, once what can be told without writing is told: refused, blank or unchanged rows are tallied. */
    private static Optional<Pending> prepare(WorkRole role, SheetRow row, CorrectionItem item,
            Map<Column, Integer> columns, Tally tally) {
        tally.warnings.addAll(row.warnings());
        if (!row.errors().isEmpty()) {
            tally.refuse(row.errors());
            return Optional.empty();
        }
        // Nothing asked of a row, nothing refused: a blank row of an item the caller does not see is no error.
        if (role == WorkRole.POLICE ? row.decision() == null : row.isBlank()) {
            tally.blank++;
            return Optional.empty();
        }
        if (item == null) {
            tally.refuse(List.of(RowIssue.at(row.number(), columns.get(Column.ITEM_ID), Column.ITEM_ID,
                    ITEM_NOT_IN_LIST, "Mục của dòng này không có trong danh sách của bạn. / This row's item is not on"
                    + " your list.")));
            return Optional.empty();
        }
        SubjectValues.Checked checked = row.values().checked();
        if (!checked.isValid()) {
            tally.refuse(checked.errors().stream().map(error -> onColumn(row.number(), error, columns)).toList());
            return Optional.empty();
        }
        if (role == WorkRole.POLICE && row.decision() != ItemWork.Decision.CORRECT && !checked.values().isEmpty()
                && !checked.values().equals(item.proposedValues().orElse(SubjectValues.none()))) {
            tally.refuse(List.of(RowIssue.at(row.number(), columns.get(Column.DECISION), Column.DECISION,
                    VALUES_NEED_CORRECT, "Bạn đã sửa thông tin nhưng không chọn \"Sửa theo CSDL dân cư\"; hãy chọn"
                    + " CORRECT hoặc trả lại thông tin như đề xuất. / You changed the values but did not choose CORRECT;"
                    + " choose it, or put the proposed values back.")));
            return Optional.empty();
        }
        if (role == WorkRole.POLICE ? sameDecision(item, row, checked.values()) : sameProposal(item, row,
                checked.values())) {
            tally.unchanged++;
            return Optional.empty();
        }
        if (!Objects.equals(row.itemVersion(), item.version)) {
            tally.refuse(List.of(RowIssue.at(row.number(), columns.get(Column.ITEM_VERSION), Column.ITEM_VERSION,
                    ITEM_CHANGED_SINCE_EXPORT,
                    "Người khác đã thay đổi mục này sau khi tệp được xuất; hãy tải lại danh sách và điền lại dòng này."
                    + " / Someone changed this item since the file was made; download the list again and redo this"
                    + " row.")));
            return Optional.empty();
        }
        return Optional.of(new Pending(row, item, checked.values()));
    }

    /**
     * The proposals of a village team or the station, all in one transaction ({@link ItemWork#proposeAll}), each
     * refused alone by the API's rules. Should another clerk change one of the items meanwhile, the transaction is
     * refused as a whole and the rows are proposed one by one, each in its own transaction, as the API would.
     */
    private Uni<Void> proposeAll(Actor actor, UUID listId, List<Pending> pending, Map<Column, Integer> columns,
            Tally tally) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ItemWork.Proposal> proposals = pending.stream().map(row -> new ItemWork.Proposal(row.item().id,
                row.values(), row.row().outcome(), row.row().note(), row.row().itemVersion())).toList();
        return work.proposeAll(actor, listId, proposals).map(results -> {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).refused() == null) {
                    tally.applied++;
                } else {
                    tally.refuse(issues(pending.get(i).row(), results.get(i).refused(), columns));
                }
            }
            return (Void) null;
        }).onFailure(SheetImport::lostARace).recoverWithUni(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Pending row : pending) {
                chain = chain.chain(() -> one(row, columns, tally, () -> work.propose(actor, listId, row.item().id,
                        row.values(), row.row().outcome(), row.row().note(), row.row().itemVersion())));
            }
            return chain;
        });
    }

    private Uni<Void> decide(Actor actor, UUID listId, Pending row, Map<Column, Integer> columns, Tally tally) {
        return one(row, columns, tally, () -> work.decide(actor, listId, row.item().id, row.row().decision(),
                row.values(), row.row().note(), row.row().itemVersion()));
    }

    /** One row's transition in its own transaction: applied, or refused with the API's code. */
    private static Uni<Void> one(Pending row, Map<Column, Integer> columns, Tally tally,
            Supplier<Uni<? extends CorrectionItem>> transition) {
        return Uni.createFrom().<CorrectionItem>deferred(transition).onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        tally.applied++;
                        return Uni.createFrom().voidItem();
                    }
                    if (failure instanceof CorrectionProblem problem) {
                        tally.refuse(issues(row.row(), problem, columns));
                        return Uni.createFrom().voidItem();
                    }
                    return Uni.createFrom().failure(failure);
                });
    }

    private static List<RowIssue> issues(SheetRow row, CorrectionProblem problem, Map<Column, Integer> columns) {
        return problem.fields().isEmpty()
                ? List.of(RowIssue.at(row.number(), -1, (Column) null, problem.code(), problem.getMessage()))
                : problem.fields().stream().map(error -> onColumn(row.number(), error, columns)).toList();
    }

    /** Another transaction changed an item between reading it and writing it. */
    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameProposal(CorrectionItem item, SheetRow row, SubjectValues values) {
        SubjectValues proposed = item.proposedValues().orElse(SubjectValues.none());
        return item.hasProposal() && proposed.equals(values) && item.outcome == row.outcome()
                && Objects.equals(item.note, row.note());
    }

    private static boolean sameDecision(CorrectionItem item, SheetRow row, SubjectValues values) {
        return switch (row.decision()) {
            case CONFIRM -> item.state == ItemState.CONFIRMED;
            case CORRECT -> item.state == ItemState.CORRECTED
                    && item.decidedValues().orElse(SubjectValues.none()).equals(values);
            case REJECT -> item.state == ItemState.REJECTED && Objects.equals(item.rejectionReason, row.note());
        };
    }

    /** A field's error on the column that holds it. */
    private static RowIssue onColumn(int row, FieldError error, Map<Column, Integer> columns) {
        Column column = switch (error.field()) {
            case "fullName" -> Column.NEW_FULL_NAME;
            case "dateOfBirth" -> Column.NEW_DATE_OF_BIRTH;
            case "gender" -> Column.NEW_GENDER;
            case "idNumber" -> Column.NEW_ID_NUMBER;
            default -> null;
        };
        return RowIssue.at(row, column == null ? -1 : columns.get(column), column, error.code(), error.message());
    }

    /** The counts and issues of one import, filled row by row (rows are applied one after another). */
    private static final class Tally {

        private final UUID listId;
        private final WorkRole role;
        private final List<RowIssue> errors = new ArrayList<>();
        private final List<RowIssue> warnings = new ArrayList<>();
        private int applied;
        private int unchanged;
        private int blank;
        private int refused;

        Tally(UUID listId, WorkRole role) {
            this.listId = listId;
            this.role = role;
        }

        void refuse(List<RowIssue> issues) {
            refused++;
            errors.addAll(issues);
        }

        ImportReport report() {
            errors.sort(Comparator.comparingInt(RowIssue::row));
            return new ImportReport(listId, role.name(), applied, unchanged, blank, refused, List.copyOf(errors),
                    List.copyOf(warnings));
        }
    }
}
