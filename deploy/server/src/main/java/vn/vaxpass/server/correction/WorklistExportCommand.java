package vn.vaxpass.server.correction;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.vaxpass.server.certificate.CommandOutput;

/**
 * {@code vaxpass worklist export --list ID --out FILE}: a list as the caller's role sees it, as .xlsx
 * ({@code GET /v1/correction/lists/{id}/spreadsheet}). Prints the file written; a refusal is the server's problem JSON
 * on standard output and exit status 2.
 */
@Dependent
@Unremovable
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a clean-up list as .xlsx, as the token's role sees it.")
public class WorklistExportCommand implements Callable<Integer> {

    static final int REFUSED = CommandOutput.REFUSED;

    @Mixin
    WorklistServer server;

    @Option(names = "--list", required = true, description = "The list's id.")
    UUID list;

    @Option(names = "--out", required = true, description = "The .xlsx file to write.")
    Path out;

    @Inject
    ObjectMapper json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!server.hasToken()) {
            System.err.println("worklist export: give --token or set " + WorklistServer.TOKEN_VARIABLE);
            return REFUSED;
        }
        HttpResponse<byte[]> answer = server.get("/v1/correction/lists/" + list + "/spreadsheet");
        if (answer.statusCode() != 200) {
            System.out.println(new String(answer.body(), StandardCharsets.UTF_8));
            return REFUSED;
        }
        Files.write(out, answer.body());
        CommandOutput.print(json, Map.of("file", out.toString(), "bytes", answer.body().length));
        return 0;
    }
}
