package vn.vaxpass.functions.correction.sheet;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.functions.correction.Callers;
import vn.vaxpass.http.Problem;
import vn.vaxpass.http.security.Roles;

/**
 * The station's import of subjects with a missing or malformed ID number, from an .xlsx or a CSV (the platform's
 * "import subjects" function of the 2022 procedure): each row an audited correction (source IMPORT), re-matched.
 */
@Path(SubjectImportsResource.PATH)
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
public class SubjectImportsResource {

    public static final String PATH = "/v1/correction/communes/{commune}/subject-imports";
    public static final String CSV = "text/csv";

    private final Callers callers;
    private final SubjectSheetImport imports;

    @Inject
    public SubjectImportsResource(Callers callers, SubjectSheetImport imports) {
        this.callers = callers;
        this.imports = imports;
    }

    @POST
    @Consumes({SpreadsheetsResource.XLSX, CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMUNE_HEALTH)
    @Operation(summary = "Import the ID numbers (and name, date of birth, gender) of the commune's subjects"
            + " (commune-health)",
            description = "An .xlsx (a header row naming 'Mã đối tượng / Subject id' and 'Số định danh / ID number',"
                    + " optionally 'Họ và tên / Full name', 'Ngày sinh / Date of birth', 'Giới tính / Gender'; in any"
                    + " of the first sheets and rows) or a CSV (header subject_id,id_number,full_name,date_of_birth,"
                    + "gender). Each row applied as an audited correction (source IMPORT) and re-matched; rows that"
                    + " cannot apply reported by row and column, repairs as warnings; a row equal to the subject is"
                    + " unchanged. Every row counts against the caller's registry quota: 429 REGISTRY_QUOTA_EXCEEDED"
                    + " when the file does not fit, nothing written. The commune's subjects include those recorded under an old"
                    + " code merged into it. 404 NOT_FOUND for another commune; 400 COMMUNE_MERGED for an old code; 413"
                    + " FILE_TOO_LARGE, SPREADSHEET_TOO_LARGE, TOO_MANY_ROWS; 415 NOT_AN_XLSX (an .xls); 400"
                    + " COLUMNS_MISSING, WRONG_HEADER, INVALID_UTF8.")
    public Uni<SubjectImportReport> importFile(@PathParam("commune") String commune, byte[] upload) {
        return imports.apply(callers.actor(), commune == null ? "" : commune.strip(), upload);
    }

    @ServerExceptionMapper
    public Response refused(SheetProblem e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(e.code(), e.getMessage(), List.of(), e.currentState())).build();
    }
}
