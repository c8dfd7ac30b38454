package vn.vaxpass.functions.correction;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

import vn.vaxpass.access.Reach;
import vn.vaxpass.correction.CitizenReport;
import vn.vaxpass.correction.CitizenReports;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;

/**
 * A citizen's report of wrong details about their own record, made with the session the lookup granted for it, and
 * its state afterwards. The session names the subject: nobody reports for anyone else.
 */
@Path(ReportsResource.PATH)
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN_SESSION)
public class ReportsResource {

    public static final String PATH = "/v1/correction/reports";

    private final Caller caller;
    private final CitizenReports reports;

    @Inject
    public ReportsResource(Caller caller, CitizenReports reports) {
        this.caller = caller;
        this.reports = reports;
    }

    /** A report as its citizen sees it. */
    @RegisterForReflection
    public record ReportResponse(long id, String state, String fullName, String dateOfBirth, String gender,
            String idNumber, String note, Instant reportedAt) {

        static ReportResponse of(CitizenReport report) {
            return new ReportResponse(report.id, report.state, report.reportedFullName, report.reportedDateOfBirth,
                    report.reportedGender, report.reportedIdNumber, report.note, report.reportedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report wrong details of my record (citizen-session)",
            description = "Which details are wrong and what they should be, with an optional note. 201. 409"
                    + " REPORT_ALREADY_OPEN; 422 INVALID_VALUES; 400 PROPOSAL_EMPTY, NOTE_TOO_LONG.")
    public Uni<Response> report(Requests.Report request) {
        Requests.required(request);
        return reports.report(subjectId(), request.values(), request.note()).map(report -> Response
                .created(URI.create(PATH))
                .entity(ReportResponse.of(report)).build());
    }

    @GET
    @Operation(summary = "My latest report and its state (citizen-session)", description = "404 NOT_FOUND without one.")
    public Uni<ReportResponse> latest() {
        return reports.latest(subjectId()).map(found -> ReportResponse.of(found.orElseThrow(
                () -> CorrectionProblem.notFound("phản ánh"))));
    }

    private String subjectId() {
        return caller.reach().parts().stream().filter(Reach.CitizenSession.class::isInstance)
                .map(part -> ((Reach.CitizenSession) part).subjectId()).findFirst()
                .orElseThrow(() -> CorrectionProblem.notFound("hồ sơ"));
    }
}
