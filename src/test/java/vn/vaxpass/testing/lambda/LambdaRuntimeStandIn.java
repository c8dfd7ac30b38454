package vn.vaxpass.testing.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for AWS Lambda's Runtime API (2018-06-01), the HTTP protocol through which a function's runtime asks for
 * its next event and hands back the answer: {@code GET /2018-06-01/runtime/invocation/next}, {@code POST
 * .../invocation/{id}/response}, {@code .../invocation/{id}/error} and {@code .../runtime/init/error}. A packaged
 * function pointed at it with {@code AWS_LAMBDA_RUNTIME_API} runs exactly as it would in Lambda: the native
 * {@code bootstrap} polls it itself, the JVM build through AWS's own runtime client.
 */
public final class LambdaRuntimeStandIn implements AutoCloseable {

    private static final String RUNTIME = "/2018-06-01/runtime/";
    private static final String INVOCATION = RUNTIME + "invocation/";
    private static final Duration DEADLINE = Duration.ofMinutes(1);
    private static final String FUNCTION_ARN = "arn:aws:lambda:ap-southeast-1:000000000000:function:vaxpass-test";

    private record Invocation(String requestId, String event) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Invocation> waiting = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();

    public LambdaRuntimeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(RUNTIME, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}: host and port. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Hands the function one event and waits for its answer.
     *
     * @throws FunctionFailed when the function reports an error for it, or failed to start
     */
    public String invoke(String event, Duration timeout) throws TimeoutException, InterruptedException {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(requestId, answer);
        waiting.add(new Invocation(requestId, event));
        try {
            return CompletableFuture.anyOf(answer, initError.thenApply(error -> {
                throw new FunctionFailed("the function failed to start: " + error);
            })).thenApply(String.class::cast).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof FunctionFailed failed ? failed : new FunctionFailed(e.getCause().toString());
        } finally {
            answers.remove(requestId);
        }
    }

    /** The function's error report for an event, or its failure to start. */
    public static final class FunctionFailed extends RuntimeException {
        FunctionFailed(String report) {
            super(report);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(INVOCATION + "next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.startsWith(INVOCATION) && path.endsWith("/response")) {
                complete(exchange, path, "/response", false);
            } else if (path.startsWith(INVOCATION) && path.endsWith("/error")) {
                complete(exchange, path, "/error", true);
            } else if (path.equals(RUNTIME + "init/error")) {
                initError.complete(body(exchange));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                reply(exchange, 404, "{\"errorType\":\"UnknownPath\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = waiting.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                Long.toString(System.currentTimeMillis() + DEADLINE.toMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
        reply(exchange, 200, invocation.event());
    }

    private void complete(HttpExchange exchange, String path, String suffix, boolean failed) throws IOException {
        String requestId = path.substring(INVOCATION.length(), path.length() - suffix.length());
        String body = body(exchange);
        CompletableFuture<String> answer = answers.get(requestId);
        if (answer == null) {
            reply(exchange, 400, "{\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        if (failed) {
            answer.completeExceptionally(new FunctionFailed(body));
        } else {
            answer.complete(body);
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
