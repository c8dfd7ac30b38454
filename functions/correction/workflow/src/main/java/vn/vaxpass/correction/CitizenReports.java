package vn.vaxpass.correction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

import vn.vaxpass.subject.SubjectStore;

/**
 * Citizens' own reports of wrong details, made with the lookup's session for their record: which details are wrong and
 * what they should be, with an optional note. One open report per subject; it becomes an item of the commune's next
 * list ({@link ListCreation}), and the citizen sees its state.
 */
@ApplicationScoped
public class CitizenReports {

    /** The subject has a report that is not resolved yet. */
    public static final String REPORT_ALREADY_OPEN = "REPORT_ALREADY_OPEN";
    private static final String UNIQUE_VIOLATION = "23505";
    /** The longest note a citizen may leave. */
    public static final int MAX_NOTE_LENGTH = 500;
    /** A note longer than {@value #MAX_NOTE_LENGTH} characters. */
    public static final String NOTE_TOO_LONG = "NOTE_TOO_LONG";

    private final SubjectStore subjects;
    private final Clock clock;

    @Inject
    public CitizenReports(SubjectStore subjects, Clock clock) {
        this.subjects = subjects;
        this.clock = clock;
    }

    public Uni<CitizenReport> report(String subjectId, SubjectValues values, String note) {
        SubjectValues checked = (values == null ? SubjectValues.none() : values).checked().orThrow();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (checked.isEmpty()) {
            throw CorrectionProblem.badRequest(ItemWork.PROPOSAL_EMPTY, "Hãy cho biết thông tin nào sai và thông tin"
                    + " đúng là gì. / Say which details are wrong and what they should be.");
        }
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw CorrectionProblem.badRequest(NOTE_TOO_LONG, "Ghi chú tối đa " + MAX_NOTE_LENGTH + " ký tự. / The"
                    + " note is at most " + MAX_NOTE_LENGTH + " characters.");
        }
        return subjects.withIds(List.of(subjectId)).chain(found -> {
            if (found.isEmpty()) {
                throw CorrectionProblem.notFound("hồ sơ");
            }
            return Panache.withTransaction(() -> CitizenReport.<CitizenReport>find(
                    "subjectId = ?1 and state <> ?2", subjectId, CitizenReport.RESOLVED).firstResult()
                    .chain(open -> {
                        if (open != null) {
                            throw alreadyOpen(open.state);
                        }
                        CitizenReport report = new CitizenReport();
                        report.subjectId = subjectId;
                        report.communeCode = found.get(0).data().communeCode();
                        report.reportedFullName = checked.fullName();
                        report.reportedDateOfBirth = checked.dateOfBirth();
                        report.reportedGender = checked.gender();
                        report.reportedIdNumber = checked.idNumber();
                        report.note = text;
                        report.state = CitizenReport.RECEIVED;
                        report.reportedAt = clock.instant();
                        return report.<CitizenReport>persist();
                    })).onFailure(CitizenReports::anotherReportCameFirst).transform(failure -> alreadyOpen(null));
        });
    }

    private static CorrectionProblem alreadyOpen(String state) {
        return CorrectionProblem.conflict(REPORT_ALREADY_OPEN, "Bạn đã gửi một phản ánh đang được xử lý. / A report of"
                + " yours is being handled already.", state);
    }

    /** Two reports at once: the one-open-report index refused the second (whatever wraps the database's error). */
    private static boolean anotherReportCameFirst(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** The subject's latest report, if any. */
    public Uni<Optional<CitizenReport>> latest(String subjectId) {
        return Panache.withSession(() -> CitizenReport.<CitizenReport>find("subjectId = ?1 order by reportedAt desc",
                subjectId).firstResult().map(Optional::ofNullable));
    }
}
