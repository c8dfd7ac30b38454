package vn.vaxpass.functions.correction.sheet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.correction.ProgressReport;
import vn.vaxpass.correction.VerificationList;
import vn.vaxpass.functions.correction.Callers;
import vn.vaxpass.functions.correction.ReportsOfProgressResource;
import vn.vaxpass.http.security.Roles;

/**
 * The verification list and the progress report as .xlsx: the same callers, scope rules and rows as their JSON (and
 * CSV) answers. A sub-path of each, as for a list's workbook, rather than content negotiation: a plain download link
 * cannot set {@code Accept}, and the JSON stays each address's answer by default.
 */
@Path("/v1/correction")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
public class ReportSpreadsheetsResource {

    private final Callers callers;
    private final VerificationList verification;
    private final ProgressReport progress;

    @Inject
    public ReportSpreadsheetsResource(Callers callers, VerificationList verification, ProgressReport progress) {
        this.callers = callers;
        this.verification = verification;
        this.progress = progress;
    }

    @GET
    @Path("verification-list/spreadsheet")
    @Produces(SpreadsheetsResource.XLSX)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "The verification list as .xlsx",
            description = "As GET /v1/correction/verification-list: commune, from, to; the same callers."
                    + " Vietnamese headers, source and check names; dates shown dd/mm/yyyy, ID numbers as text.")
    public Uni<Response> verificationList(@QueryParam("commune") String commune, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReportsOfProgressResource.Period period = ReportsOfProgressResource.Period.of(from, to);
        String code = commune == null ? "" : commune.strip();
        return verification.of(callers.actor(), code, period.start(), period.end()).map(entries -> download(
                ReportSheetWriter.verificationList(code, period.first(), period.last(), entries),
                "danh-sach-kiem-tra-" + code + "-" + period.first() + "-" + period.last() + ".xlsx"));
    }

    @GET
    @Path("progress/spreadsheet")
    @Produces(SpreadsheetsResource.XLSX)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY})
    @Operation(summary = "The progress report as .xlsx",
            description = "As GET /v1/correction/progress: the same scopes and callers. One row per commune"
                    + " (subjects by check, items by state, with Vietnamese names), and a sheet of corrections per day.")
    public Uni<Response> progress(@QueryParam("province") String province, @QueryParam("commune") String commune) {
        String provinceCode = blankToNull(province);
        String communeCode = blankToNull(commune);
        return progress.of(callers.actor().reach(), provinceCode, communeCode).map(report -> download(
                ReportSheetWriter.progress(report), "tien-do-" + (communeCode != null ? communeCode
                        : provinceCode != null ? provinceCode : "toan-quoc") + ".xlsx"));
    }

    private static Response download(byte[] workbook, String fileName) {
        return Response.ok(workbook, SpreadsheetsResource.XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
