package vn.vaxpass.server.correction;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vaxpass worklist import --list ID --file FILE}: a filled-in list back, .xlsx or its list sheet as .csv, each
 * row the token's role's transition ({@code PUT /v1/correction/lists/{id}/spreadsheet}); {@code --commune CODE --file FILE}: the station's
 * ID-number file, .xlsx or .csv ({@code POST /v1/correction/communes/{commune}/subject-imports}). Prints the server's
 * report (JSON: applied, unchanged, refused, errors and warnings by row and column); exit status 0 when the file was
 * read (rows may still be refused: see the report), 2 when it was refused as a whole.
 */
@Dependent
@Unremovable
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a filled-in list (--list) or a station's ID-number file (--commune); prints the report.")
public class WorklistImportCommand implements Callable<Integer> {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Mixin
    WorklistServer server;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--file", required = true, description = "The .xlsx or .csv file (with --list: the list"
            + " sheet saved as CSV UTF-8).")
    Path file;

    /** A list to fill back in, or a commune to import ID numbers into. */
    static class Target {

        @Option(names = "--list", description = "The list the file was exported from.")
        UUID list;

        @Option(names = "--commune", description = "The commune whose subjects' ID numbers the file holds.")
        String commune;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!server.hasToken()) {
            System.err.println("worklist import: give --token or set " + WorklistServer.TOKEN_VARIABLE);
            return WorklistExportCommand.REFUSED;
        }
        byte[] body = Files.readAllBytes(file);
        String type = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : XLSX;
        HttpResponse<String> answer = target.list != null
                ? server.send("PUT", "/v1/correction/lists/" + target.list + "/spreadsheet", type, body)
                : server.send("POST", "/v1/correction/communes/" + target.commune.strip() + "/subject-imports", type,
                        body);
        System.out.println(answer.body());
        return answer.statusCode() == 200 ? 0 : WorklistExportCommand.REFUSED;
    }
}
