package vn.vaxpass.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules terraform/ keeps (issue 14, "Hardening"), checked on its files as HCL's JSON form, since neither
 * Terraform nor a scanner can be installed here (GitHub's terraform job keeps {@code terraform validate}). Each rule
 * names every resource that breaks it. Values Terraform computes are read as their expression's text: a rule that
 * needs a literal says so.
 */
class TheInfrastructureKeepsItsRules {

    /**
     * The only actions a statement may grant on every resource ("*") outside a key policy, each with the reason AWS
     * gives: the network interfaces Lambda makes with the role of a function in a VPC (AWS's
     * AWSLambdaVPCAccessExecutionRole grants exactly these, on "*"), and texts to phone numbers.
     */
    static final Map<String, String> ACTIONS_AWS_DOCUMENTS_ON_EVERY_RESOURCE = Map.of(
            "ec2:CreateNetworkInterface", "Lambda creates a VPC function's interfaces; they have no ARN before that",
            "ec2:DescribeNetworkInterfaces", "works only when allowed on \"*\" (Lambda developer guide, VPC access)",
            "ec2:DescribeSubnets", "a Describe action: it takes no resource ARN",
            "ec2:DeleteNetworkInterface", "AWS warns that a narrower resource can cut the function off its VPC",
            "ec2:AssignPrivateIpAddresses", "on the interfaces Lambda made, whose ids nobody knows beforehand",
            "ec2:UnassignPrivateIpAddresses", "on the interfaces Lambda made, whose ids nobody knows beforehand",
            "sns:Publish", "to a phone number, which has no ARN (SNS developer guide, SMS); topics are denied beside it");

    /** Where a key policy's "*" is the key itself: KMS requires it (the key's ARN does not exist before the key). */
    static final String KEY_POLICY_REASON = "a key policy's resource is the key itself, written \"*\"";

    /** An attribute that holds an IAM policy JSON, and what it must be: a policy document this test reads. */
    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");
    private static final Pattern POLICY_DOCUMENT = Pattern.compile(
            "^\\$\\{data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)(\\[[^]]+])?\\.json}$");
    /** Policies this test cannot read: attached by ARN, their statements live outside this directory. */
    private static final Set<String> OPAQUE_POLICY_RESOURCES = Set.of("aws_iam_role_policy_attachment",
            "aws_iam_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment",
            "aws_iam_role_policy_attachments_exclusive");

    private static final Pattern DEAD_LETTER_TARGET = Pattern.compile(
            "deadLetterTargetArn\"?\\s*[=:]\\s*\"?(?:\\$\\{)?aws_sqs_queue\\.([A-Za-z0-9_-]+)");
    /** The Lambda modules' properties that make the database clients verify the server (%prod profile). */
    private static final String TRUSTED_BUNDLE = "%prod.quarkus.datasource.reactive.trust-certificate-pem.certs";
    private static final String NAME_CHECK = "%prod.quarkus.datasource.reactive.hostname-verification-algorithm";
    private static final String JDBC_FACTORY = "%prod.quarkus.datasource.jdbc.additional-jdbc-properties.sslfactory";
    private static final String NATIVE_RESOURCES = "quarkus.native.resources.includes";
    private static final Pattern SSL_MODE = Pattern.compile("sslmode=([A-Za-z-]+|\\$\\{[^}]*})");

    @Test
    void everyQueueIsEncrypted() {
        List<Terraform.Block> queues = Terraform.configuration().resources("aws_sqs_queue");
        assertThat(queues).as("the rule sees the queues").isNotEmpty();
        List<String> unencrypted = new ArrayList<>();
        for (Terraform.Block queue : queues) {
            boolean sqsManaged = queue.body().path("sqs_managed_sse_enabled").asBoolean(false);
            boolean kms = !queue.body().path("kms_master_key_id").asText("").isBlank();
            if (!sqsManaged && !kms) {
                unencrypted.add(queue.address() + ": neither sqs_managed_sse_enabled = true nor kms_master_key_id");
            }
        }
        assertThat(unencrypted).as("queues whose messages (names, phone numbers) are stored unencrypted").isEmpty();
    }

    @Test
    void everyQueueButADeadLetterQueueSendsWhatFailsToOne() {
        Terraform terraform = Terraform.configuration();
        List<Terraform.Block> queues = terraform.resources("aws_sqs_queue");
        Set<String> deadLetterQueues = new HashSet<>();
        Set<String> redriven = new HashSet<>();
        for (Terraform.Block queue : queues) {
            Matcher target = DEAD_LETTER_TARGET.matcher(queue.body().path("redrive_policy").asText(""));
            if (target.find()) {
                deadLetterQueues.add(target.group(1));
                redriven.add(queue.name());
            }
        }
        for (Terraform.Block policy : terraform.resources("aws_sqs_queue_redrive_policy")) {
            Matcher target = DEAD_LETTER_TARGET.matcher(policy.body().path("redrive_policy").asText(""));
            Matcher source = Pattern.compile("aws_sqs_queue\\.([A-Za-z0-9_-]+)")
                    .matcher(policy.body().path("queue_url").asText(""));
            if (target.find() && source.find()) {
                deadLetterQueues.add(target.group(1));
                redriven.add(source.group(1));
            }
        }
        assertThat(deadLetterQueues).as("the rule sees the dead-letter queues").isNotEmpty();
        List<String> withoutDeadLetterQueue = new ArrayList<>();
        for (Terraform.Block queue : queues) {
            if (!deadLetterQueues.contains(queue.name()) && !redriven.contains(queue.name())) {
                withoutDeadLetterQueue.add(queue.address() + ": no redrive_policy to a dead-letter queue");
            }
        }
        assertThat(withoutDeadLetterQueue).as("queues that would retry a failing message until it expires").isEmpty();
    }

    @Test
    void everyPermissionIsWrittenOutInAPolicyDocumentTheseRulesRead() {
        Terraform terraform = Terraform.configuration();
        List<String> unreadable = new ArrayList<>();
        for (Terraform.Block resource : terraform.allResources()) {
            if (OPAQUE_POLICY_RESOURCES.contains(resource.type())) {
                unreadable.add(resource.address() + ": attaches a policy by ARN ("
                        + resource.body().path("policy_arn").asText() + "); write its statements out instead");
            }
            if (resource.type().equals("aws_iam_role")
                    && (resource.body().has("managed_policy_arns") || resource.body().has("inline_policy"))) {
                unreadable.add(resource.address() + ": managed_policy_arns or inline_policy on the role");
            }
            for (String attribute : POLICY_ATTRIBUTES) {
                JsonNode policy = resource.body().path(attribute);
                if (!policy.isMissingNode() && !POLICY_DOCUMENT.matcher(policy.asText()).matches()) {
                    unreadable.add(resource.address() + ": " + attribute + " is not an aws_iam_policy_document ("
                            + abbreviated(policy.asText()) + ")");
                }
            }
        }
        assertThat(unreadable).as("permissions the IAM rules cannot see").isEmpty();
        assertThat(terraform.data("aws_iam_policy_document")).as("the rule sees the policy documents").isNotEmpty();
    }

    @Test
    void noStatementGrantsActionsByWildcard() {
        List<String> wildcards = new ArrayList<>();
        for (PolicyStatement statement : allowingStatements()) {
            if (statement.notActions()) {
                wildcards.add(statement.where() + ": not_actions allows every other action");
            }
            if (statement.actions().isEmpty()) {
                wildcards.add(statement.where() + ": no actions");
            }
            for (String action : statement.actions()) {
                if (PolicyStatement.computed(action)) {
                    wildcards.add(statement.where() + ": computed actions " + abbreviated(action) + "; name them");
                } else if (action.contains("*") || action.contains("?")) {
                    wildcards.add(statement.where() + ": " + action);
                }
            }
        }
        assertThat(wildcards).as("actions granted by wildcard (\"*\", \"service:*\", \"kms:Create*\"): they grant"
                + " whatever the service adds next, unseen; name each action").isEmpty();
    }

    @Test
    void noStatementAppliesToEveryResourceBeyondWhatAwsRequires() {
        Set<String> keyPolicies = keyPolicyDocuments(Terraform.configuration());
        assertThat(keyPolicies).as("the rule sees the signing key's policy").isNotEmpty();
        List<String> everyResource = new ArrayList<>();
        for (PolicyStatement statement : allowingStatements()) {
            if (statement.notResources()) {
                everyResource.add(statement.where() + ": not_resources applies to every other resource");
                continue;
            }
            boolean star = statement.resources().stream()
                    .anyMatch(resource -> resource.equals("*") || (PolicyStatement.computed(resource)
                            && resource.matches("(?s).*\"\\*\".*")));
            if (!star || keyPolicies.contains(statement.document().name())) {
                continue;
            }
            List<String> unexplained = statement.actions().stream()
                    .filter(action -> !ACTIONS_AWS_DOCUMENTS_ON_EVERY_RESOURCE.containsKey(action)).toList();
            if (!unexplained.isEmpty() || statement.actions().isEmpty()) {
                everyResource.add(statement.where() + ": \"*\" for " + unexplained);
            }
        }
        assertThat(everyResource).as("statements on every resource (\"*\") that AWS does not require: allowed only"
                + " in key policies (" + KEY_POLICY_REASON + ") and for " + ACTIONS_AWS_DOCUMENTS_ON_EVERY_RESOURCE
                .keySet()).isEmpty();
    }

    @Test
    void noStatementAdmitsEveryPrincipal() {
        List<String> anyone = new ArrayList<>();
        for (PolicyStatement statement : allowingStatements()) {
            for (String principal : statement.principals()) {
                if (principal.equals("*") || (PolicyStatement.computed(principal) && principal.contains("\"*\""))) {
                    anyone.add(statement.where() + ": principal " + principal);
                }
            }
        }
        assertThat(anyone).as("statements that admit every principal").isEmpty();
    }

    @Test
    void theDatabaseIsReachableOnlyFromTheFunctions() {
        Terraform terraform = Terraform.configuration();
        List<String> open = new ArrayList<>();
        List<Terraform.Block> databases = terraform.resources("aws_db_instance", "aws_rds_cluster_instance");
        for (Terraform.Block database : databases) {
            JsonNode publiclyAccessible = database.body().path("publicly_accessible");
            if (!publiclyAccessible.isBoolean() || publiclyAccessible.asBoolean()) {
                open.add(database.address() + ": publicly_accessible must be false, written out");
            }
        }
        // The database itself is made elsewhere (database.tf): what this configuration opens is its security
        // group, which must admit the functions' group and no address range.
        List<Terraform.Block> ingress = new ArrayList<>();
        for (Terraform.Block rule : terraform.resources("aws_vpc_security_group_ingress_rule")) {
            if (rule.body().path("security_group_id").asText().contains("var.database_security_group_id")) {
                ingress.add(rule);
                for (String range : List.of("cidr_ipv4", "cidr_ipv6", "prefix_list_id")) {
                    if (rule.body().has(range)) {
                        open.add(rule.address() + ": admits " + range + " " + rule.body().path(range).asText());
                    }
                }
                if (!rule.body().has("referenced_security_group_id")) {
                    open.add(rule.address() + ": admits no security group (referenced_security_group_id)");
                }
            }
        }
        for (Terraform.Block rule : terraform.resources("aws_security_group_rule")) {
            if (rule.body().path("security_group_id").asText().contains("var.database_security_group_id")
                    && (rule.body().has("cidr_blocks") || rule.body().has("ipv6_cidr_blocks"))) {
                open.add(rule.address() + ": admits address ranges to the database");
            }
        }
        assertThat(databases.size() + ingress.size()).as("the rule sees the database or its ingress rules")
                .isPositive();
        assertThat(open).as("ways into the database other than from the functions").isEmpty();
    }

    @Test
    void theFunctionsVerifyTheDatabaseServer() {
        Terraform terraform = Terraform.configuration();
        JsonNode environment = terraform.local("database_environment");
        List<String> weak = new ArrayList<>();
        for (String url : List.of("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL")) {
            String value = environment.path(url).asText("");
            if (!value.contains("sslmode=verify-full")) {
                weak.add("local.database_environment " + url + " = " + value);
            }
        }
        terraform.eachString((file, text) -> {
            Matcher mode = SSL_MODE.matcher(text);
            while (mode.find()) {
                if (!mode.group(1).equals("verify-full")) {
                    weak.add(file + ": sslmode=" + mode.group(1));
                }
            }
        });
        assertThat(weak).as("database connections that do not verify the server (sslmode=verify-full)").isEmpty();
    }

    @Test
    void everyDatabaseFunctionTrustsTheShippedAuthoritiesAndChecksTheServersName() throws IOException {
        List<String> incoherent = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (FunctionModules.Function function : FunctionModules.inTerraform(Terraform.configuration())) {
            if (!function.database() || !checked.add(function.module())) {
                continue;
            }
            Path file = Checkers.ROOT.resolve(function.module()).resolve("src/main/resources/application.properties");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String where = function.module() + " (" + function.key() + "): ";
            String bundle = properties.getProperty(TRUSTED_BUNDLE, "");
            if (bundle.isBlank() || !Files.isRegularFile(Checkers.ROOT.resolve("src/main/resources").resolve(bundle))) {
                incoherent.add(where + TRUSTED_BUNDLE + " names no bundle of the core jar: '" + bundle + "'");
            }
            if (!"HTTPS".equals(properties.getProperty(NAME_CHECK))) {
                incoherent.add(where + NAME_CHECK + " is not HTTPS");
            }
            String factory = properties.getProperty(JDBC_FACTORY, "");
            if (factory.isBlank() || !Files.isRegularFile(Checkers.ROOT.resolve("src/main/java")
                    .resolve(factory.replace('.', '/') + ".java"))) {
                incoherent.add(where + JDBC_FACTORY + " names no class of the core: '" + factory + "'");
            }
            String includes = properties.getProperty(NATIVE_RESOURCES, "");
            boolean included = !bundle.isBlank() && List.of(includes.split(",")).stream().map(String::strip)
                    .anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(bundle)));
            if (!included) {
                incoherent.add(where + NATIVE_RESOURCES + " (" + includes + ") leaves out " + bundle);
            }
        }
        assertThat(checked).as("the rule sees the functions that use the database").isNotEmpty();
        assertThat(incoherent).as("functions whose clients could not verify the database server under verify-full")
                .isEmpty();
    }

    @Test
    void everyFunctionModuleIsDeployedByTerraform() {
        Set<String> deployed = new TreeSet<>();
        FunctionModules.inTerraform(Terraform.configuration()).forEach(function -> deployed.add(function.module()));
        assertThat(deployed).as("modules terraform/main.tf deploys, against the function modules in functions/")
                .containsExactlyInAnyOrderElementsOf(FunctionModules.inTheRepository());
    }

    @Test
    void everyFunctionModuleIsBuiltNativeByTheWorkflow() {
        assertThat(FunctionModules.inTheNativeBuildMatrix())
                .as("modules of ci.yml's native build matrix, against the function modules in functions/")
                .containsExactlyInAnyOrderElementsOf(FunctionModules.inTheRepository());
    }

    private static List<PolicyStatement> allowingStatements() {
        List<PolicyStatement> statements = new ArrayList<>();
        for (Terraform.Block document : Terraform.configuration().data("aws_iam_policy_document")) {
            PolicyStatement.of(document).stream().filter(PolicyStatement::allows).forEach(statements::add);
        }
        assertThat(statements).as("the rules see the policy statements").isNotEmpty();
        return statements;
    }

    /** The policy documents that aws_kms_key resources take as their key policy. */
    private static Set<String> keyPolicyDocuments(Terraform terraform) {
        Set<String> documents = new HashSet<>();
        for (Terraform.Block key : terraform.resources("aws_kms_key")) {
            Matcher document = POLICY_DOCUMENT.matcher(key.body().path("policy").asText(""));
            if (document.matches()) {
                documents.add(document.group(1));
            }
        }
        return documents;
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 100) + "...";
    }
}
