package vn.vaxpass.server.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One endpoint as an allowed caller calls it, which collects the catalogue's cases against it: {@code refuses(...)}
 * for a problem answer, and the JSON shapes every JSON endpoint must refuse alike.
 */
final class Endpoint {

    static final String JSON = "application/json";
    static final String INVALID_JSON = "INVALID_JSON";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    /** quarkus.http.limits.max-body-size of serve. */
    static final int SERVER_BODY_LIMIT = 8 * 1024 * 1024;

    private final String method;
    private final String path;
    private final String token;
    private final String contentType;
    private final Map<String, String> headers;
    private final List<BadInput> cases;

    private Endpoint(String method, String path, String token, String contentType, Map<String, String> headers,
            List<BadInput> cases) {
        this.method = method;
        this.path = path;
        this.token = token;
        this.contentType = contentType;
        this.headers = headers;
        this.cases = cases;
    }

    static Endpoint of(List<BadInput> cases, String method, String path, String token) {
        return new Endpoint(method, path, token, JSON, Map.of(), cases);
    }

    Endpoint at(String otherPath) {
        return new Endpoint(method, otherPath, token, contentType, headers, cases);
    }

    Endpoint typed(String otherContentType) {
        return new Endpoint(method, path, token, otherContentType, headers, cases);
    }

    Endpoint header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Endpoint(method, path, token, contentType, Map.copyOf(more), cases);
    }

    Endpoint refuses(String name, Supplier<byte[]> body, int status, String code) {
        cases.add(new BadInput(name, method, path, token, contentType, headers, body, status, code,
                BadInput.PROBLEM_CODE));
        return this;
    }

    Endpoint refuses(String name, byte[] body, int status, String code) {
        return refuses(name, () -> body, status, code);
    }

    /** A verification made (200) whose result names the step that failed. */
    Endpoint findsInvalid(String name, byte[] body, String error) {
        return answers(name, () -> body, 200, error, "error");
    }

    /** An answer that is no problem but names what is wrong in a field of its own. */
    Endpoint answers(String name, Supplier<byte[]> body, int status, String code, String codeField) {
        cases.add(new BadInput(name, method, path, token, contentType, headers, body, status, code, codeField));
        return this;
    }

    /**
     * What every JSON endpoint refuses alike, before it looks at a value: text that is no JSON, JSON of the wrong
     * kind at the root, nesting no request has, another media type, more than the server takes; and each field given
     * an object or an array where a text or a date belongs.
     */
    Endpoint refusesJsonOfTheWrongShape(byte[] valid, String... fields) {
        refuses("malformed JSON: cut short", Payloads.utf8("{\"a\": "), 400, INVALID_JSON);
        refuses("malformed JSON: single quotes", Payloads.utf8("{'a': 'b'}"), 400, INVALID_JSON);
        refuses("malformed JSON: a trailing comma", Payloads.utf8("{\"a\": \"b\",}"), 400, INVALID_JSON);
        refuses("malformed JSON: plain text", Payloads.utf8("hello"), 400, INVALID_JSON);
        refuses("malformed JSON: invalid UTF-8", Payloads.invalidUtf8("{\"a\": \""), 400, INVALID_JSON);
        refuses("JSON of the wrong type at the root: an array", Payloads.utf8("[]"), 400, INVALID_JSON);
        refuses("JSON of the wrong type at the root: a string", Payloads.utf8("\"x\""), 400, INVALID_JSON);
        refuses("JSON of the wrong type at the root: a number", Payloads.utf8("42"), 400, INVALID_JSON);
        refuses("10,000 levels of arrays", Payloads::deeplyNested, 400, INVALID_JSON);
        refuses("10,000 levels of objects in an unknown field", () -> Payloads.deeplyNestedObject("x"), 400,
                INVALID_JSON);
        typed("application/xml").refuses("XML instead of JSON", Payloads.utf8("<a/>"), 415, UNSUPPORTED_MEDIA_TYPE);
        // Past quarkus.http.limits.max-body-size (8 MiB) serve refuses by the announced length, before any function
        // reads a byte (OversizedBodies).
        refuses("a body over the server's 8 MiB", () -> Payloads.filled(SERVER_BODY_LIMIT + 1, (byte) ' '), 413,
                BODY_TOO_LARGE);
        for (String field : fields) {
            refuses(field + " is an object", Payloads.jsonWithRaw(valid, field, "{\"a\": 1}"), 400, INVALID_JSON);
            refuses(field + " is an array", Payloads.jsonWithRaw(valid, field, "[\"a\"]"), 400, INVALID_JSON);
        }
        return this;
    }
}
