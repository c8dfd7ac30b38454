package vn.vaxpass.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * terraform/*.tf as HCL's JSON form, converted by @cdktf/hcl2json (terraform/checks/tf2json.mjs): blocks keep their
 * literal values (strings, numbers, booleans, lists, objects); an expression stays its text as {@code "${...}"}.
 * Read once per test run.
 */
final class Terraform {

    /** A resource or data block: {@code aws_sqs_queue.dead_letter}, with the file it is in. */
    record Block(String file, boolean data, String type, String name, JsonNode body) {

        String address() {
            return (data ? "data." : "") + type + "." + name + " (" + file + ")";
        }
    }

    private static Terraform configuration;

    private final Map<String, JsonNode> files;

    private Terraform(Map<String, JsonNode> files) {
        this.files = files;
    }

    /** The configuration; skips (fails under CI=true) where node or @cdktf/hcl2json is missing. */
    static synchronized Terraform configuration() {
        Checkers.require(Checkers.HCL2JSON);
        if (configuration == null) {
            configuration = parse();
        }
        return configuration;
    }

    private static Terraform parse() {
        List<String> arguments = new ArrayList<>();
        arguments.add(Checkers.script("tf2json.mjs").toString());
        try (Stream<Path> listing = Files.list(Checkers.ROOT.resolve("terraform"))) {
            listing.filter(path -> path.getFileName().toString().endsWith(".tf")).sorted()
                    .forEach(path -> arguments.add(path.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Checkers.Result result = Checkers.node(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("terraform/*.tf do not parse as HCL: " + result.output());
        }
        try {
            JsonNode parsed = new ObjectMapper().readTree(result.stdout());
            Map<String, JsonNode> files = new java.util.TreeMap<>();
            parsed.fields().forEachRemaining(file -> files.put(file.getKey(), file.getValue()));
            if (files.size() != arguments.size() - 1) {
                throw new AssertionError("tf2json.mjs returned " + files.keySet() + " for " + arguments);
            }
            return new Terraform(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource block of these types. */
    List<Block> resources(String... types) {
        return blocks("resource", false, types);
    }

    /** Every data block of these types. */
    List<Block> data(String... types) {
        return blocks("data", true, types);
    }

    /** Every resource block of every type. */
    List<Block> allResources() {
        List<Block> blocks = new ArrayList<>();
        files.forEach((file, body) -> {
            JsonNode resources = body.path("resource");
            resources.fieldNames()
                    .forEachRemaining(type -> blocks.addAll(blocksOf(file, false, type, resources.path(type))));
        });
        return blocks;
    }

    /** A local value by name, whichever file's locals block defines it; a missing node when none does. */
    JsonNode local(String name) {
        for (JsonNode file : files.values()) {
            for (JsonNode locals : file.path("locals")) {
                if (locals.has(name)) {
                    return locals.get(name);
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Every string value of every file (literal text and expression text alike), with the file's name. */
    void eachString(java.util.function.BiConsumer<String, String> fileAndText) {
        files.forEach((file, body) -> eachString(body, text -> fileAndText.accept(file, text)));
    }

    private static void eachString(JsonNode node, Consumer<String> consumer) {
        if (node.isTextual()) {
            consumer.accept(node.asText());
        }
        for (JsonNode child : node) {
            eachString(child, consumer);
        }
    }

    private List<Block> blocks(String kind, boolean data, String... types) {
        List<Block> blocks = new ArrayList<>();
        files.forEach((file, body) -> {
            for (String type : types) {
                blocks.addAll(blocksOf(file, data, type, body.path(kind).path(type)));
            }
        });
        return blocks;
    }

    private static List<Block> blocksOf(String file, boolean data, String type, JsonNode byName) {
        List<Block> blocks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = byName.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> named = it.next();
            for (JsonNode body : named.getValue()) {
                blocks.add(new Block(file, data, type, named.getKey(), body));
            }
        }
        return blocks;
    }
}
