package vn.vaxpass.functions.registrymatch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.http.Problem;
import vn.vaxpass.http.ProblemException;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.SubjectScope;
import vn.vaxpass.matching.jobs.JobResultStore;
import vn.vaxpass.matching.jobs.MatchJob;
import vn.vaxpass.matching.jobs.MatchJobs;
import vn.vaxpass.matching.jobs.UploadOutcome;
import vn.vaxpass.registry.RegistryDisclosureStore;
import vn.vaxpass.registry.RegistryReader;
import vn.vaxpass.vaccination.SubjectImport;
import vn.vaxpass.vaccination.SubjectRowError;

/**
 * Registry-match batch jobs: submit one for a commune or province, or for an uploaded subjects.csv; follow its
 * progress; download its results.csv. A job is cut into chunks that the registry-match worker (functions/triggers in
 * AWS, the server's consumer locally) matches in the background.
 *
 * <p>Who may call: a province's health staff (role {@code province-health}, within claim {@code province}) and a
 * commune health station's staff ({@code commune-health}, within claim {@code commune}). A job is seen only by whoever
 * reaches its area; to anyone else it does not exist (404). The Ministry ({@code ministry}) may follow and download
 * any job, and is the only caller to see the suggested ID numbers of results.csv whole; everyone else sees them masked
 * ({@code 001*******45}). Every download is recorded with the caller (one row per download, naming the job).
 */
@Path(JobsResource.PATH)
@Tag(name = "registry-match", description = "Health staff: match subjects against the population registry")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH})
public class JobsResource {

    public static final String PATH = "/v1/registry-match/jobs";

    public static final String INVALID_SCOPE = "INVALID_SCOPE";
    public static final String JOB_NOT_FOUND = "JOB_NOT_FOUND";
    public static final String JOB_NOT_FINISHED = "JOB_NOT_FINISHED";
    /** An uploaded row has the id of a subject the uploader may not change: the file is refused (409). */
    public static final String SUBJECT_ID_TAKEN = SubjectRowError.SUBJECT_ID_TAKEN.name();

    private final Caller caller;
    private final MatchJobs jobs;
    private final JobResultStore results;
    private final RegistryDisclosureStore disclosures;

    @Inject
    public JobsResource(Caller caller, MatchJobs jobs, JobResultStore results, RegistryDisclosureStore disclosures) {
        this.caller = caller;
        this.jobs = jobs;
        this.results = results;
        this.disclosures = disclosures;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match every subject of a commune or province",
            description = "202 with the job: a commune's subjects are those recorded under its code or an old code"
                    + " merged into it, a province's those of every commune of it today. 400 INVALID_SCOPE or"
                    + " UNKNOWN_COMMUNE; 400 COMMUNE_MERGED for an old commune code (merged since 1 July 2025: submit for"
                    + " the commune it was merged into); 403 OUTSIDE_JURISDICTION when the commune or province is not the"
                    + " caller's.")
    @APIResponse(responseCode = "202", description = "The job, submitted")
    public Response submit(JobRequest request) {
        if (request == null || request.scope() == null || request.code() == null || request.code().isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, INVALID_SCOPE,
                    "Send {\"scope\": \"commune\", \"code\": \"00001\"} or {\"scope\": \"province\", \"code\": \"01\"}.");
        }
        SubjectScope scope = switch (request.scope().toLowerCase(Locale.ROOT)) {
            case "commune" -> SubjectScope.commune(request.code().strip());
            case "province" -> SubjectScope.province(request.code().strip());
            default -> throw new ProblemException(Response.Status.BAD_REQUEST, INVALID_SCOPE,
                    "The scope is \"commune\" or \"province\".");
        };
        MatchJob job = jobs.submit(scope, caller.reach(), caller.subject());
        return accepted(job, JobResponse.of(job));
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(description = "subjects.csv: subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code"
            + " (UTF-8, at most 6 MB)")
    @Operation(summary = "Import a subjects.csv and match its subjects",
            description = "The file is imported all or nothing: rows that cannot be read are skipped and listed, the"
                    + " others imported and matched (202). A malformed file (wrong header, wrong column count, broken"
                    + " quotes, invalid UTF-8, a line too long) changes nothing: 422 with its code and the lines at"
                    + " fault. A subject outside the caller's jurisdiction refuses the file: 403 OUTSIDE_JURISDICTION (a"
                    + " commune is read as it is today: an old code merged into the caller's commune is the caller's);"
                    + " a token naming an old commune code uploads nothing: 400 COMMUNE_MERGED. An"
                    + " upload creates subjects or changes the caller's own: a subject_id already used by a subject"
                    + " outside the caller's jurisdiction refuses the file, 409 SUBJECT_ID_TAKEN. Each row is a registry"
                    + " check taken from the uploader's daily quota before anything is imported (given back if the"
                    + " file is refused): 429 REGISTRY_QUOTA_EXCEEDED with Retry-After when they do not fit.")
    @APIResponse(responseCode = "202", description = "The job for the imported rows, and the refused rows")
    public Response upload(InputStream body) throws IOException {
        java.nio.file.Path file = SpooledUpload.toTemporaryFile(body);
        try {
            RowErrors rowErrors = new RowErrors();
            CsvErrorReport report = new CsvErrorReport(Writer.nullWriter(), SubjectImport.REPORT_KEY_COLUMN).listen(rowErrors);
            UploadOutcome outcome = jobs.submitUpload(file, caller.reach(), caller.subject(), report);
            if (!outcome.submitted()) {
                int status = Caller.OUTSIDE_JURISDICTION.equals(outcome.code()) ? 403
                        : SUBJECT_ID_TAKEN.equals(outcome.code()) ? 409 : ProblemException.UNPROCESSABLE_CONTENT;
                return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(outcome.code(),
                        "Nothing of this file was imported; fix the lines listed and upload it again.",
                        rowErrors.asFieldErrors())).build();
            }
            return accepted(outcome.job(), new UploadResponse(JobResponse.of(outcome.job()),
                    UploadResponse.Imported.of(outcome.imported()), rowErrors.listed()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH, Roles.MINISTRY})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A job's progress", description = "404 JOB_NOT_FOUND when there is none the caller may see.")
    public JobResponse progress(@PathParam("id") String id) {
        return JobResponse.of(visibleJob(id));
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH, Roles.MINISTRY})
    @Produces("text/csv")
    @Operation(summary = "A finished job's results.csv",
            description = "subject_id,status,mismatched_fields,suggested_id_number,confidence; one line per subject,"
                    + " by subject_id; a FAILED job's lack the chunks given up. suggested_id_number is masked"
                    + " (001*******45) for health staff, whole for the ministry. Each download is recorded with the"
                    + " caller (registry_disclosure). 409 JOB_NOT_FINISHED while it runs; 404 JOB_NOT_FOUND.")
    public Response results(@PathParam("id") String id) {
        MatchJob job = visibleJob(id);
        if (!job.finished()) {
            throw new ProblemException(Response.Status.CONFLICT, JOB_NOT_FINISHED,
                    "The job is " + job.percentDone() + "% done; download its results once it is finished.");
        }
        RegistryReader reader = new RegistryReader(caller.subject(), caller.roles(), caller.reach());
        disclosures.jobResultsDownloaded(reader, job.id()).await().indefinitely();
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            results.write(job, reader.reach(), writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"results-" + job.id() + ".csv\"").build();
    }

    private MatchJob visibleJob(String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        MatchJob job = jobs.find(jobId, caller.reach()).await().indefinitely();
        if (job == null) {
            throw notFound();
        }
        return job;
    }

    private static ProblemException notFound() {
        return new ProblemException(Response.Status.NOT_FOUND, JOB_NOT_FOUND, "There is no such job in your jurisdiction.");
    }

    private static Response accepted(MatchJob job, Object entity) {
        return Response.accepted(entity).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Location", PATH + "/" + job.id()).build();
    }
}
