import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long each Lambda function takes to start on the JVM and answer its first event: the time from launching a
 * fresh JVM on the function's runner jar (the classes and lib/ of its function.zip) until the handler Lambda's Java
 * runtime would call ({@code QuarkusStreamHandler}, whose creation boots Quarkus; {@link LambdaInvoke}) has
 * answered one event of its kind (API Gateway HTTP API v2, EventBridge scheduled), against a real PostgreSQL.
 *
 * <pre>
 *   ./mvnw -q package -DskipTests -pl functions/verify/lambda,... -am      (the runner jars)
 *   java deploy/bench/ColdStart.java [RUNS] [FUNCTION...]                  RUNS per function, median printed
 * </pre>
 * Environment: VAXPASS_BENCH_DATABASE (default vaxpass_bench_http, migrated: run deploy/bench/http or serve once).
 */
public class ColdStart {

    /** What terraform/lambda.tf gives a JVM function (JAVA_TOOL_OPTIONS); COLD_START_JVM_OPTIONS overrides it. */
    static final List<String> JVM_OPTIONS = List.of(System.getenv().getOrDefault("COLD_START_JVM_OPTIONS",
            "-XX:+TieredCompilation -XX:TieredStopAtLevel=1").split(" "));

    record Function(String name, String module, String event, Map<String, String> env) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("user.dir"));
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String database = System.getenv().getOrDefault("VAXPASS_BENCH_DATABASE", "vaxpass_bench_http");
        Path publicKey = Path.of(System.getProperty("user.home"), ".vaxpass", "tokens", "token-public.pem");
        String sessionKey = Base64.getEncoder().encodeToString("cold-start-bench-session-key-32-bytes!!".getBytes());

        Map<String, String> common = new LinkedHashMap<>();
        common.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:5432/" + database);
        common.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        common.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
        common.put("MP_JWT_VERIFY_ISSUER", "https://vaxpass.local/development");
        common.put("VAXPASS_SIGNING_MODE", "local");
        common.put("VAXPASS_SIGNING_LOCAL_DIRECTORY", System.getProperty("user.home") + "/.vaxpass/keys");
        common.put("VAXPASS_CITIZEN_SESSION_KEY", sessionKey);
        common.put("VAXPASS_LOOKUP_HASH_KEY", sessionKey);
        // Terraform hands every function its queues' URLs, so none looks a queue up at start; no message is sent here.
        for (String queue : List.of("REGISTRY_MATCH_CHUNKS", "SMS_REQUESTED", "CERTIFICATE_RENEWAL_DUE",
                "CITIZEN_NOTIFICATION")) {
            common.put("VAXPASS_QUEUE_" + queue + "_URL", "http://127.0.0.1:9/000000000000/" + queue.toLowerCase());
        }
        common.put("AWS_REGION", "ap-southeast-1");
        common.put("AWS_ACCESS_KEY_ID", "cold-start");
        common.put("AWS_SECRET_ACCESS_KEY", "cold-start");

        List<Function> functions = List.of(
                new Function("verify", "functions/verify/lambda", http("GET", "/v1/trust-list", null), Map.of()),
                new Function("registry-match", "functions/registry-match/lambda",
                        http("GET", "/v1/registry-match/jobs/00000000-0000-0000-0000-000000000000", null), Map.of()),
                new Function("sign", "functions/sign/lambda", http("GET", "/v1/revocations", null), Map.of()),
                new Function("lookup", "functions/lookup/lambda",
                        http("POST", "/v1/lookup/by-id-number", "{\"idNumber\":\"079085000001\",\"dateOfBirth\":\"07/03/1985\"}"),
                        Map.of()),
                new Function("triggers (match-resume)", "functions/triggers", SCHEDULED,
                        Map.of("QUARKUS_LAMBDA_HANDLER", "match-resume")));

        for (Function function : functions) {
            if (!only.isEmpty() && only.stream().noneMatch(function.name()::startsWith)) {
                continue;
            }
            Path jar;
            try (var files = Files.list(root.resolve(function.module()).resolve("target"))) {
                jar = files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no runner jar in " + function.module()
                                + "/target: ./mvnw package -DskipTests -pl " + function.module() + " -am"));
            }
            Path invoker = compileInvoker(root, jar);
            Path event = Files.createTempFile("event", ".json");
            Files.writeString(event, function.event());
            List<Long> millis = new ArrayList<>();
            String outcome = "";
            for (int run = 0; run < runs; run++) {
                Result result = once(jar, function, common, invoker, event);
                millis.add(result.millis());
                outcome = result.outcome();
            }
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.printf("{\"function\":\"%s\",\"runs\":%d,\"medianMillis\":%d,\"millis\":%s,\"firstResponse\":\"%s\"}%n",
                    function.name(), runs, sorted.get(sorted.size() / 2), millis, outcome.replace("\"", "'"));
        }
    }

    record Result(long millis, String outcome) {
    }

    /** One fresh JVM running LambdaInvoke against the function's runner jar; the time until it has answered. */
    static Result once(Path jar, Function function, Map<String, String> common, Path invoker, Path event)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", invoker + File.pathSeparator + jar, "LambdaInvoke", event.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(common);
        builder.environment().putAll(function.env());
        long start = System.nanoTime();
        Process process = builder.start();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("RESPONSE ")) {
                    return new Result(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), line.substring(9));
                }
            }
            throw new IllegalStateException(function.name() + " ended without answering");
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** LambdaInvoke compiled against this function's class path (the runner jar's manifest lists lib/). */
    static Path compileInvoker(Path root, Path jar) throws Exception {
        Path classes = Files.createTempDirectory("lambda-invoke");
        Process javac = new ProcessBuilder("javac", "-nowarn", "-cp", jar.toString(), "-d", classes.toString(),
                root.resolve("deploy/bench/LambdaInvoke.java").toString()).inheritIO().start();
        if (javac.waitFor() != 0) {
            throw new IllegalStateException("javac LambdaInvoke failed");
        }
        return classes;
    }

    static final String SCHEDULED = """
            {"version":"0","id":"cdc73f9d-aea9-11e3-9d5a-835b769c0d9c","detail-type":"Scheduled Event",
             "source":"aws.events","account":"000000000000","time":"2026-11-22T00:00:00Z","region":"ap-southeast-1",
             "resources":["arn:aws:events:ap-southeast-1:000000000000:rule/cold-start"],"detail":{}}""";

    static String http(String method, String path, String body) {
        return """
                {"version":"2.0","routeKey":"%s %s","rawPath":"%s","rawQueryString":"",
                 "headers":{"content-type":"application/json","accept":"application/json","host":"api.example"},
                 "requestContext":{"accountId":"000000000000","apiId":"cold","domainName":"api.example",
                  "http":{"method":"%s","path":"%s","protocol":"HTTP/1.1","sourceIp":"198.51.100.7","userAgent":"cold-start"},
                  "requestId":"cold-start-1","routeKey":"%s %s","stage":"$default","time":"22/Nov/2026:00:00:00 +0000",
                  "timeEpoch":1795305600000},
                 "body":%s,"isBase64Encoded":false}"""
                .formatted(method, path, path, method, path, method, path,
                        body == null ? "null" : "\"" + body.replace("\"", "\\\"") + "\"");
    }

}
