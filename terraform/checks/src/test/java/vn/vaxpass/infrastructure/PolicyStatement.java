package vn.vaxpass.infrastructure;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One statement of an {@code aws_iam_policy_document}, a plain {@code statement} block or the content of a
 * {@code dynamic "statement"}. Lists hold their literal entries; a computed list (an expression) is one entry, its
 * text {@code "${...}"}.
 */
record PolicyStatement(Terraform.Block document, String sid, boolean allows, List<String> actions,
        boolean notActions, List<String> resources, boolean notResources, List<String> principals) {

    static List<PolicyStatement> of(Terraform.Block document) {
        List<PolicyStatement> statements = new ArrayList<>();
        for (JsonNode statement : document.body().path("statement")) {
            statements.add(of(document, statement));
        }
        for (JsonNode dynamic : document.body().path("dynamic").path("statement")) {
            for (JsonNode content : dynamic.path("content")) {
                statements.add(of(document, content));
            }
        }
        return statements;
    }

    private static PolicyStatement of(Terraform.Block document, JsonNode statement) {
        List<String> principals = new ArrayList<>();
        for (String block : List.of("principals", "not_principals")) {
            for (JsonNode principal : statement.path(block)) {
                principals.addAll(values(principal.path("identifiers")));
            }
        }
        return new PolicyStatement(document, statement.path("sid").asText("(no sid)"),
                !"Deny".equals(statement.path("effect").asText("Allow")),
                values(statement.has("not_actions") ? statement.path("not_actions") : statement.path("actions")),
                statement.has("not_actions"),
                values(statement.has("not_resources") ? statement.path("not_resources") : statement.path("resources")),
                statement.has("not_resources"), principals);
    }

    /** Where a message can point: the document's address and the statement's sid. */
    String where() {
        return document.address() + " statement " + sid;
    }

    static boolean computed(String value) {
        return value.startsWith("${");
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }
}
