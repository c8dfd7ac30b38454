package vn.vaxpass.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.MatchOutcome;
import vn.vaxpass.registry.RegistryQuota;
import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;
import vn.vaxpass.vaccination.CommuneStore;

/**
 * The station's import of subjects with a missing or malformed ID number (step 4 of the 2022 procedure): each row
 * names a subject of the commune and its ID number (and maybe name, date of birth, gender), and is applied as a
 * direct edit is, without an If-Match since the file carries no versions: written through the subjects store onto
 * the version locked in the same transaction, audited with source IMPORT, then re-matched at once. The commune's
 * subjects are those recorded under its code or an old code merged into it ({@link CommuneStore#recordCodesOf}).
 *
 * <p>Rules: every row of the file counts against the caller's daily registry quota, taken before anything is read
 * (429 when the file does not fit, nothing written), so that a file is no way round it and no oracle; a subject not of
 * the commune is refused on its row with the same words whether it exists elsewhere or not; a subject named twice is
 * refused on its later rows; a row equal to what the subject holds is unchanged, so importing a file twice changes
 * nothing the second time.
 */
@ApplicationScoped
public class SubjectImport {

    /** The row's subject is not one of this commune's (or does not exist: the answer is the same). */
    public static final String SUBJECT_NOT_IN_COMMUNE = "SUBJECT_NOT_IN_COMMUNE";
    /** An earlier row of the file names the same subject. */
    public static final String SUBJECT_REPEATED = "SUBJECT_REPEATED";

    private final Pool pool;
    private final CommuneStore communes;
    private final Rematch rematch;
    private final RegistryQuota quota;
    private final Clock clock;

    @Inject
    public SubjectImport(Pool pool, CommuneStore communes, Rematch rematch, RegistryQuota quota, Clock clock) {
        this.pool = pool;
        this.communes = communes;
        this.rematch = rematch;
        this.quota = quota;
        this.clock = clock;
    }

    /** One row to apply: its number in the file, the subject, and values already in their checked form. */
    public record Line(int row, String subjectId, SubjectValues values) {
    }

    /** A row applied (changed, or unchanged as it held these values), with the subject's check when it changed. */
    @RegisterForReflection
    public record Done(int row, String subjectId, boolean changed, String check) {
    }

    /** A row refused by the workflow, with its code and a message Vietnamese first. */
    public record Refused(int row, String code, String message) {
    }

    public record Result(List<Done> done, List<Refused> refused) {

        public long changed() {
            return done.stream().filter(Done::changed).count();
        }
    }

    /**
     * Whether the caller may import into this commune, before its file is opened: 404 outside its reach (as for a
     * commune that does not exist), 403 ROLE_MAY_NOT for a role other than the station, 400 COMMUNE_MERGED for an old
     * code merged into another commune (no unit any more: its subjects are imported by the commune of today).
     */
    public Uni<Void> mayImport(Actor actor, String communeCode) {
        return communes.standingOf(communeCode).map(standing -> {
            if (standing.isEmpty()) {
                throw CorrectionProblem.notFound("xã " + communeCode);
            }
            if (standing.get().merged()) {
                String today = standing.get().currentCode();
                throw CorrectionProblem.badRequest(ListCreation.COMMUNE_MERGED, "Xã " + communeCode + " đã sáp nhập vào"
                        + " xã " + today + "; hãy nhập tệp cho xã đó. / Commune " + communeCode + " was merged into "
                        + today + "; import the file for that commune.");
            }
            actor.as(Action.IMPORT_SUBJECTS, communeCode, standing.get().provinceCode(), "xã " + communeCode);
            return null;
        });
    }

    /**
     * Applies the rows, after taking {@code rowsInFile} checks from the caller's quota (every row the file holds,
     * those refused for their cells included).
     */
    public Uni<Result> apply(Actor actor, String communeCode, int rowsInFile, List<Line> lines) {
        Uni<Void> taken = rowsInFile > 0 ? quota.take(actor.account(), rowsInFile) : Uni.createFrom().voidItem();
        return taken.chain(() -> mayImport(actor, communeCode)).chain(() -> lines.isEmpty()
                ? Uni.createFrom().item(new Written(List.of(), List.of(), List.of()))
                : communes.recordCodesOf(communeCode).chain(recordCodes -> write(actor, Set.copyOf(recordCodes),
                        lines)))
                .chain(written -> (written.changed().isEmpty() ? Uni.createFrom().item(List.<MatchOutcome>of())
                        : rematch.subjects(written.changed())).map(outcomes -> result(written, outcomes)));
    }

    /** @param recordCodes the codes the commune's records may carry: its own and the old codes merged into it */
    private Uni<Written> write(Actor actor, Set<String> recordCodes, List<Line> lines) {
        Instant now = clock.instant();
        Set<String> ids = new LinkedHashSet<>();
        lines.forEach(line -> ids.add(line.subjectId()));
        return pool.withTransaction(connection -> SubjectStore.withIdsForUpdate(connection, List.copyOf(ids))
                .chain(found -> {
                    Map<String, StoredSubject> subjects = new HashMap<>();
                    found.forEach(subject -> subjects.put(subject.subjectId(), subject));
                    List<Refused> refused = new ArrayList<>();
                    List<Line> applying = new ArrayList<>();
                    List<SubjectStore.Correction> corrections = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (Line line : lines) {
                        StoredSubject subject = subjects.get(line.subjectId());
                        if (subject == null || !recordCodes.contains(subject.data().communeCode())) {
                            refused.add(new Refused(line.row(), SUBJECT_NOT_IN_COMMUNE, "Xã không có người mang mã"
                                    + " này; hãy kiểm tra mã đối tượng. / This commune has no subject with this id;"
                                    + " check the subject id."));
                        } else if (!seen.add(line.subjectId())) {
                            refused.add(new Refused(line.row(), SUBJECT_REPEATED, "Mã đối tượng này đã có ở một dòng"
                                    + " trước; mỗi người chỉ ghi một dòng. / An earlier row names the same subject;"
                                    + " give each subject one row."));
                        } else {
                            applying.add(line);
                            corrections.add(new SubjectStore.Correction(line.values().applyTo(subject.data()),
                                    subject.version()));
                        }
                    }
                    return SubjectStore.correct(connection, corrections).chain(corrected -> {
                        Map<String, SubjectStore.Corrected> changed = new HashMap<>();
                        corrected.forEach(change -> changed.put(change.after().subjectId(), change));
                        List<AuditEntry> entries = new ArrayList<>();
                        for (Line line : applying) {
                            SubjectStore.Corrected change = changed.get(line.subjectId());
                            if (change != null) {
                                entries.add(new AuditEntry(now, actor.account(), WorkRole.STATION, line.subjectId(),
                                        AuditSource.IMPORT, null, null, change.before(), change.after().data(),
                                        "Nhập từ tệp, dòng " + line.row() + " / Imported from a file, row "
                                                + line.row()));
                            }
                        }
                        return AuditTrail.append(connection, entries).replaceWith(new Written(applying,
                                applying.stream().filter(line -> changed.containsKey(line.subjectId()))
                                        .map(line -> changed.get(line.subjectId()).after()).toList(), refused));
                    });
                }));
    }

    private static Result result(Written written, List<MatchOutcome> outcomes) {
        Map<String, String> checks = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            checks.put(written.changed().get(i).subjectId(), outcomes.get(i).status().name());
        }
        List<Done> done = written.applied().stream().map(line -> new Done(line.row(), line.subjectId(),
                checks.containsKey(line.subjectId()), checks.get(line.subjectId()))).toList();
        return new Result(done, written.refused());
    }

    /** What the transaction wrote: the rows applied, the subjects changed (to re-match), the rows refused. */
    private record Written(List<Line> applied, List<StoredSubject> changed, List<Refused> refused) {
    }
}
