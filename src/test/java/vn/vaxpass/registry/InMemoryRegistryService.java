package vn.vaxpass.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 serving the registry service's contract (docs/registry-service.md) from a list of
 * people held in memory, read straight from the documented field names. Scripted replies (a status, or no answer at
 * all) go before the lookups, to play an unwell service.
 */
public final class InMemoryRegistryService implements AutoCloseable {

    public static final String LOOKUP_PATH = "/v1/persons:lookup";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NO_BODY = -1;

    /** What to do with one request, instead of the lookup. */
    private record Reply(int status, String body, boolean never) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final Deque<Reply> script = new ArrayDeque<>();
    private volatile List<RegistryEntry> people = List.of();
    private volatile Reply always;
    private volatile String lastRequest;

    private InMemoryRegistryService(HttpServer server) {
        this.server = server;
    }

    /** Started on a free port of the loopback interface. */
    public static InMemoryRegistryService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            InMemoryRegistryService service = new InMemoryRegistryService(server);
            server.createContext("/", service::handle);
            server.setExecutor(service.threads);
            server.start();
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on the loopback interface", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public InMemoryRegistryService serve(Collection<RegistryEntry> registry) {
        people = List.copyOf(registry);
        return this;
    }

    /** The next request is answered with this status and an empty JSON object; later ones as before. */
    public synchronized InMemoryRegistryService thenFail(int status) {
        script.add(new Reply(status, "{}", false));
        return this;
    }

    /** Every request from now on is answered with this status and body. */
    public InMemoryRegistryService alwaysAnswer(int status, String body) {
        always = new Reply(status, body, false);
        return this;
    }

    /** Every request from now on is read and never answered (until the service closes). */
    public InMemoryRegistryService neverAnswer() {
        always = new Reply(0, null, true);
        return this;
    }

    public int requestsReceived() {
        return requests.get();
    }

    /** The body of the last request, as sent. */
    public String lastRequest() {
        return lastRequest;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            requests.incrementAndGet();
            lastRequest = new String(body, StandardCharsets.UTF_8);
            Reply reply = nextReply();
            if (reply != null && reply.never()) {
                closing.await();
                return;
            }
            if (reply != null) {
                send(exchange, reply.status(), reply.body());
            } else if (!"POST".equals(exchange.getRequestMethod()) || !LOOKUP_PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "{}");
            } else {
                send(exchange, 200, lookUp(JSON.readTree(body)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Reply nextReply() {
        Reply scripted = script.poll();
        return scripted != null ? scripted : always;
    }

    private String lookUp(JsonNode request) throws IOException {
        Set<String> ids = texts(request.get("id_numbers"));
        Set<String> oldIds = texts(request.get("old_id_numbers"));
        Set<String> nameBlocks = blocks(request.get("name_blocks"), "name_key");
        Set<String> communeBlocks = blocks(request.get("commune_blocks"), "commune_code");
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode persons = answer.putArray("persons");
        for (RegistryEntry person : people) {
            int year = person.dateOfBirth().year();
            if (ids.contains(person.idNumber()) || (person.oldIdNumber() != null && oldIds.contains(person.oldIdNumber()))
                    || nameBlocks.contains(person.asciiKey() + '|' + year)
                    || communeBlocks.contains(person.communeCode() + '|' + year)) {
                persons.addObject()
                        .put("id_number", person.idNumber())
                        .put("old_id_number", person.oldIdNumber())
                        .put("full_name", person.fullName())
                        .put("date_of_birth", person.dateOfBirth().toString())
                        .put("gender", RegistryGenderCode.of(person.gender()))
                        .put("commune_code", person.communeCode());
            }
        }
        return JSON.writeValueAsString(answer);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.textValue()));
        return values;
    }

    private static Set<String> blocks(JsonNode array, String keyField) {
        Set<String> values = new HashSet<>();
        array.forEach(block -> values.add(block.get(keyField).textValue() + '|' + block.get("birth_year").intValue()));
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? NO_BODY : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
