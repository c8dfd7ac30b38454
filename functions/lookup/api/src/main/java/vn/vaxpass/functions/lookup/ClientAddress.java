package vn.vaxpass.functions.lookup;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address the per-client limit counts. Behind API Gateway, the Lambda adapter makes the request context's
 * {@code sourceIp} (the address the gateway saw, never a header the client sent) the request's remote address; in
 * the one-process server it is the socket's peer, or, behind a reverse proxy, what {@code quarkus.http.proxy.*}
 * trusts of its X-Forwarded-For.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return host == null || host.isBlank() ? UNKNOWN : host;
    }
}
