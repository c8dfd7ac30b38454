package vn.vaxpass.functions.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.ProgressReport;
import vn.vaxpass.correction.VerificationList;
import vn.vaxpass.csv.CsvCell;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.shared.IsoDate;

/**
 * What the clean-up has done: the verification list (a commune's changed subjects and their check now) and the
 * progress report (per commune of the nation, a province or a commune), in JSON or CSV.
 */
@Path("/v1/correction")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
public class ReportsOfProgressResource {

    /** A date query parameter that is not YYYY-MM-DD. */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** Vietnam's days: a verification period runs from one local midnight to another. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String CSV = "text/csv; charset=utf-8";

    private final Callers callers;
    private final VerificationList verification;
    private final ProgressReport progress;

    @Inject
    public ReportsOfProgressResource(Callers callers, VerificationList verification, ProgressReport progress) {
        this.callers = callers;
        this.verification = verification;
        this.progress = progress;
    }

    @GET
    @Path("verification-list")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "A commune's changed subjects in a period and their check now",
            description = "commune, from and to (YYYY-MM-DD, Vietnam's days, both included; default today). Any"
                    + " health role of the commune, its province, the ministry. The commune's subjects include those"
                    + " recorded under an old code merged into it. 400 INVALID_DATE; 400 COMMUNE_MERGED for an old"
                    + " code; 404 NOT_FOUND outside the caller's reach.")
    public Uni<List<VerificationList.Entry>> verificationList(@QueryParam("commune") String commune,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return verification.of(callers.actor(), commune == null ? "" : commune.strip(), period.start(),
                period.end());
    }

    /**
     * A verification period: from and to as given (YYYY-MM-DD, both included; today when absent), and the instants of
     * Vietnam's midnights that bound it. 400 INVALID_DATE otherwise.
     */
    public record Period(LocalDate first, LocalDate last, Instant start, Instant end) {

        public static Period of(String from, String to) {
            LocalDate today = LocalDate.now(VIETNAM);
            LocalDate first = date(from, today);
            LocalDate last = date(to, today);
            return new Period(first, last, first.atStartOfDay(VIETNAM).toInstant(),
                    last.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        }
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "Progress per commune: subjects by check, items by state, corrections per day",
            description = "No parameter: the nation (ministry). province: a province (its health department, the"
                    + " ministry). commune with its province: a commune (also its station and police), counting the"
                    + " records under its old codes merged into it. 400 COMMUNE_MERGED for an old commune code. 403"
                    + " OUTSIDE_SCOPE.")
    public Uni<ProgressReport.Report> progress(@QueryParam("province") String province,
            @QueryParam("commune") String commune) {
        return progress.of(callers.actor().reach(), blankToNull(province), blankToNull(commune));
    }

    @GET
    @Path("progress")
    @Produces(CSV)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "The progress report as CSV: commune, measure, key, count")
    public Uni<String> progressCsv(@QueryParam("province") String province, @QueryParam("commune") String commune) {
        return progress(province, commune).map(ReportsOfProgressResource::csv);
    }

    static String csv(ProgressReport.Report report) {
        StringBuilder csv = new StringBuilder("commune,measure,key,count\r\n");
        for (Map.Entry<String, ProgressReport.Commune> commune : report.communes().entrySet()) {
            commune.getValue().subjectsByCheck().forEach((status, count) ->
                    row(csv, commune.getKey(), "subjects_by_check", status, count));
            commune.getValue().itemsByState().forEach((state, count) ->
                    row(csv, commune.getKey(), "items_by_state", state, count));
        }
        report.correctionsPerDay().forEach(day -> row(csv, "", "corrections_per_day", day.day().toString(),
                day.corrections()));
        return csv.toString();
    }

    private static void row(StringBuilder csv, String commune, String measure, String key, long count) {
        csv.append(CsvCell.of(commune)).append(',').append(measure).append(',').append(CsvCell.of(key)).append(',')
                .append(count).append("\r\n");
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate date = IsoDate.parseFullDate(text.strip());
        if (date == null) {
            throw CorrectionProblem.badRequest(INVALID_DATE, "Ngày viết theo dạng YYYY-MM-DD, ví dụ 2022-03-15. / Write"
                    + " dates as YYYY-MM-DD.");
        }
        return date;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
