package vn.vaxpass.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The function modules three places name: the repository (every {@code functions/NAME/lambda}, and
 * {@code functions/triggers}, each a Maven module that makes a function.zip), Terraform's function maps
 * (main.tf), and the workflow's native build matrix (.github/workflows/ci.yml).
 */
final class FunctionModules {

    /** A function as main.tf declares it, with main.tf's defaults applied. */
    record Function(String key, String module, boolean database) {
    }

    private FunctionModules() {
    }

    /** Every module under functions/ that builds a function.zip: functions/NAME/lambda and functions/triggers. */
    static Set<String> inTheRepository() {
        Set<String> modules = new TreeSet<>();
        Path functions = Checkers.ROOT.resolve("functions");
        try (Stream<Path> listing = Files.list(functions)) {
            listing.filter(dir -> Files.isRegularFile(dir.resolve("lambda").resolve("pom.xml")))
                    .forEach(dir -> modules.add("functions/" + dir.getFileName() + "/lambda"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.isRegularFile(functions.resolve("triggers").resolve("pom.xml"))) {
            modules.add("functions/triggers");
        }
        return modules;
    }

    /** The functions of main.tf's http_functions and trigger_functions. */
    static List<Function> inTerraform(Terraform terraform) {
        JsonNode defaults = terraform.local("function_defaults");
        JsonNode triggerDefaults = terraform.local("trigger_defaults");
        List<Function> functions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = terraform.local("http_functions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            functions.add(function(entry.getKey(), entry.getValue(), defaults));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = terraform.local("trigger_functions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            functions.add(function(entry.getKey(), entry.getValue(), triggerDefaults, defaults));
        }
        if (functions.isEmpty()) {
            throw new AssertionError("no function in local.http_functions or local.trigger_functions (main.tf)");
        }
        return functions;
    }

    /** The modules of the native job's matrix in .github/workflows/ci.yml. */
    static Set<String> inTheNativeBuildMatrix() {
        try {
            JsonNode workflow = new YAMLMapper().readTree(Checkers.ROOT.resolve(".github/workflows/ci.yml").toFile());
            JsonNode include = workflow.path("jobs").path("native").path("strategy").path("matrix").path("include");
            if (!include.isArray() || include.isEmpty()) {
                throw new AssertionError("ci.yml has no jobs.native.strategy.matrix.include list");
            }
            Set<String> modules = new TreeSet<>();
            include.forEach(entry -> modules.add(entry.path("module").asText()));
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of the blocks that sets the attribute, as a literal (main.tf's merge order, last block first). */
    private static Function function(String key, JsonNode entry, JsonNode... defaults) {
        return new Function(key, literal(key, "module", entry, defaults).asText(),
                literal(key, "database", entry, defaults).asBoolean());
    }

    private static JsonNode literal(String key, String attribute, JsonNode entry, JsonNode... defaults) {
        List<JsonNode> blocks = new ArrayList<>();
        blocks.add(entry);
        blocks.addAll(List.of(defaults));
        for (JsonNode block : blocks) {
            JsonNode value = block.path(attribute);
            if (!value.isMissingNode()) {
                if (value.isTextual() && value.asText().startsWith("${")) {
                    throw new AssertionError("main.tf computes " + attribute + " of " + key + " (" + value.asText()
                            + "); the infrastructure rules read it as a literal");
                }
                return value;
            }
        }
        throw new AssertionError("main.tf gives " + key + " no " + attribute);
    }
}
