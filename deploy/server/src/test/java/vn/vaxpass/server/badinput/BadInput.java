package vn.vaxpass.server.badinput;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One line of the catalogue: a request an allowed caller makes with bad input, and the refusal it must get. The body
 * is made when the case runs, so that the table does not hold hundreds of megabytes of oversized bodies at once.
 *
 * @param name what is wrong, as the test's display name
 * @param method the HTTP method
 * @param path the path, already encoded as it goes on the wire
 * @param token the bearer token of a caller who may call the endpoint, or null for an endpoint open to anyone
 * @param contentType the request's Content-Type, or null for none
 * @param headers further request headers (If-Match)
 * @param body the body's bytes, or null for none
 * @param status the status expected
 * @param code the problem code expected
 * @param codeField where the answer holds its code: {@code code} for a problem, {@code error} for a verification
 *                  made (the verify endpoint answers 200 with the step that failed)
 */
record BadInput(String name, String method, String path, String token, String contentType, Map<String, String> headers,
        Supplier<byte[]> body, int status, String code, String codeField) {

    static final String PROBLEM_CODE = "code";

    @Override
    public String toString() {
        return method + " " + shortened(path) + ": " + name + " → " + status + " " + code;
    }

    private static String shortened(String path) {
        return path.length() <= 80 ? path : path.substring(0, 80) + "…";
    }
}
