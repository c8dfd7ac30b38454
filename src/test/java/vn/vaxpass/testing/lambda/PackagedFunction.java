package vn.vaxpass.testing.lambda;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A module's {@code target/function.zip}, the file Terraform uploads, unpacked and started as Lambda starts it: a native
 * build's {@code bootstrap} directly; a JVM build on AWS's own runtime client for Java with the handler Terraform names,
 * the zip's root and {@code lib/} on the class path. Either polls a {@link LambdaRuntimeStandIn}; the environment is
 * the caller's (what Terraform sets), nothing from the test's own configuration. The tests that use it are {@code *IT}
 * classes: failsafe runs them after {@code package}, so they test the zip of this very build, and in the GitHub
 * workflow's native job the same tests test the native zip.
 */
public final class PackagedFunction implements AutoCloseable {

    /** The handler Terraform gives JVM functions (terraform/lambda.tf). */
    public static final String JVM_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String RUNTIME_CLIENT_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** A class of each jar the runtime client brings besides aws-lambda-java-core, which the zip holds. */
    private static final List<String> RUNTIME_CLIENT_JARS = List.of(RUNTIME_CLIENT_CLASS,
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");
    private static final Duration FIRST_ANSWER = Duration.ofSeconds(90);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final int LOG_TAIL = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An API Gateway HTTP API (payload 2.0) answer. */
    public record GatewayAnswer(int status, Map<String, String> headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body(), e);
            }
        }
    }

    private final LambdaRuntimeStandIn runtime;
    private final Process process;
    private final Path log;
    private boolean answeredOnce;

    private PackagedFunction(LambdaRuntimeStandIn runtime, Process process, Path log) {
        this.runtime = runtime;
        this.process = process;
        this.log = log;
    }

    /** Unpacks {@code target/function.zip} of the module under test and starts it with this environment. */
    public static PackagedFunction start(Map<String, String> environment) throws IOException {
        Path zip = Path.of("target", "function.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No " + zip.toAbsolutePath() + ": run the *IT tests after package (mvn verify)");
        }
        Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "function-");
        unzip(zip, root);
        LambdaRuntimeStandIn runtime = new LambdaRuntimeStandIn();
        Path log = root.resolveSibling(root.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(root)).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv("PATH"));
        env.put("AWS_LAMBDA_RUNTIME_API", runtime.address());
        env.put("LAMBDA_TASK_ROOT", root.toString());
        env.put("_HANDLER", JVM_HANDLER);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "vaxpass-test");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_REGION", "ap-southeast-1");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"); // Terraform's common_environment, every function
        env.putAll(environment);
        return new PackagedFunction(runtime, builder.start(), log);
    }

    /** Whether the zip holds a native build (its {@code bootstrap}) rather than the JVM one. */
    public static boolean isNative(Path root) {
        return Files.isRegularFile(root.resolve("bootstrap"));
    }

    private static List<String> command(Path root) {
        if (isNative(root)) {
            root.resolve("bootstrap").toFile().setExecutable(true);
            return List.of(root.resolve("bootstrap").toString());
        }
        List<String> classPath = new ArrayList<>(List.of(root.toString(), root.resolve("lib") + File.separator + "*"));
        RUNTIME_CLIENT_JARS.forEach(className -> classPath.add(jarOf(className)));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), RUNTIME_CLIENT_CLASS, JVM_HANDLER);
    }

    private static String jarOf(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | URISyntaxException e) {
            throw new IllegalStateException(className + " must be on the test class path"
                    + " (test dependency com.amazonaws:aws-lambda-java-runtime-interface-client)", e);
        }
    }

    /** Sends one API Gateway HTTP API request through the function. */
    public GatewayAnswer http(String method, String path, Map<String, String> headers, String body) {
        return answer(invoke(httpEvent(method, path, headers, body)));
    }

    /** Hands the function one raw event (SQS, EventBridge, API Gateway) and returns its answer. */
    public String invoke(String event) {
        try {
            String answer = runtime.invoke(event, answeredOnce ? ANSWER : FIRST_ANSWER);
            answeredOnce = true;
            return answer;
        } catch (TimeoutException e) {
            throw new AssertionError("the function gave no answer; its log ends:\n" + logTail(), e);
        } catch (LambdaRuntimeStandIn.FunctionFailed e) {
            throw new AssertionError("the function failed: " + e.getMessage() + "\nits log ends:\n" + logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** What the function wrote to its standard output and error: what CloudWatch would hold. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - LOG_TAIL));
    }

    private static String httpEvent(String method, String path, Map<String, String> headers, String body) {
        int query = path.indexOf('?');
        String rawPath = query < 0 ? path : path.substring(0, query);
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", "$default").put("rawPath", rawPath)
                .put("rawQueryString", query < 0 ? "" : path.substring(query + 1));
        ObjectNode eventHeaders = event.putObject("headers");
        headers.forEach((name, value) -> eventHeaders.put(name.toLowerCase(Locale.ROOT), value));
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000").put("apiId", "test").put("domainName", "api.test")
                .put("requestId", UUID.randomUUID().toString()).put("routeKey", "$default")
                .put("stage", "$default").put("timeEpoch", System.currentTimeMillis());
        context.putObject("http").put("method", method).put("path", rawPath).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "vaxpass-packaged-function-test");
        if (body != null) {
            event.put("body", body).put("isBase64Encoded", false);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event.toString();
    }

    private static GatewayAnswer answer(String json) {
        try {
            JsonNode answer = JSON.readTree(json);
            Map<String, String> headers = new LinkedHashMap<>();
            answer.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
            String body = answer.path("body").asText("");
            byte[] bytes = answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
            return new GatewayAnswer(answer.path("statusCode").asInt(), headers, bytes);
        } catch (IOException e) {
            throw new AssertionError("not an API Gateway answer: " + json, e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        runtime.close();
    }
}
