package vn.vaxpass.functions.correction.sheet;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.functions.correction.Callers;
import vn.vaxpass.functions.correction.ListViews;
import vn.vaxpass.functions.correction.ListsResource;
import vn.vaxpass.http.Problem;

import vn.vaxpass.http.security.Roles;

/**
 * A list as an Excel workbook (and back, as the workbook or its list sheet saved as CSV), for stations, village teams and police who work in Excel: the same items and masking
 * as the JSON. A sub-path rather than content negotiation on the list's own path, so a plain download link works.
 */
@Path(ListsResource.PATH + "/{listId}/spreadsheet")
@Tag(name = "correction")
@SecurityRequirement(name = "bearer")
public class SpreadsheetsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Callers callers;
    private final ListViews views;
    private final SheetImport imports;

    @Inject
    public SpreadsheetsResource(Callers callers, ListViews views, SheetImport imports) {
        this.callers = callers;
        this.views = views;
        this.imports = imports;
    }

    @GET
    @Produces(XLSX)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.VILLAGE_TEAM, Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH,
            Roles.MINISTRY})
    @Operation(summary = "The list as an .xlsx to fill in (any role that may read it)",
            description = "One row per item the caller sees, what the system knows shaded, then the columns a village"
                    + " team (values or an outcome, a note) or the police (a decision, values, a reason) fill in; the"
                    + " item id and version in hidden columns, the list id and version in a hidden sheet. 404"
                    + " NOT_FOUND for another commune's list.")
    public Uni<Response> export(@PathParam("listId") UUID listId) {
        return views.read(callers.actor(), callers.reader(), listId).map(seen -> Response.ok(
                ListSheetWriter.write(seen.list(), seen.role()), XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"danh-sach-" + seen.list().communeCode() + "-" + listId + ".xlsx\"").build());
    }

    @PUT
    @Consumes({XLSX, SubjectImportsResource.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_HEALTH, Roles.VILLAGE_TEAM, Roles.COMMUNE_POLICE})
    @Operation(summary = "Apply a filled-in list .xlsx or its list sheet saved as CSV (village team or station:"
            + " proposals; police: decisions)",
            description = "Each row becomes the transition the API makes for the caller's role, with the row's item"
                    + " version expected; rows that cannot be applied are reported by row and column, the others"
                    + " apply; a row equal to what the item holds is unchanged. A CSV (told from its first bytes:"
                    + " UTF-8, the list sheet's headers in order, hidden item id and version columns included) is read"
                    + " with the same rules; it carries no list id or version, so the list is the address's and each"
                    + " row's item version is checked alone. 200 with the report; 413 FILE_TOO_LARGE,"
                    + " SPREADSHEET_TOO_LARGE, TOO_MANY_ROWS; 415 NOT_AN_XLSX (an .xls or .ods); 400 NOT_A_LIST_FILE,"
                    + " COLUMNS_MISSING, ITEM_ID_COLUMN_MISSING, WRONG_HEADER, INVALID_UTF8; 409 WRONG_LIST,"
                    + " LIST_CHANGED_SINCE_EXPORT; 404 NOT_FOUND for another commune's list.")
    public Uni<ImportReport> importFile(@PathParam("listId") UUID listId, byte[] upload) {
        return imports.apply(callers.actor(), listId, upload);
    }

    @ServerExceptionMapper
    public Response refused(SheetProblem e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(e.code(), e.getMessage(), List.of(), e.currentState())).build();
    }
}
