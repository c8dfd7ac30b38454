package vn.vaxpass.server.bench.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code bench-soak} configures the server it starts, as system properties set before Quarkus starts (each only
 * when not given already, so that {@code -Dname=value} still wins).
 */
public final class SoakServerSettings {

    /**
     * A limit no soak reaches. The soak calls from one address (127.0.0.1) for minutes, with the same few hundred phones
     * and ID numbers again and again; with the production limits (60 calls per client in 10 minutes, 5 codes per phone
     * and 10 lookups per ID number an hour) every call past the first minute would be a 429, which is the throttle
     * working, not the load the soak is after. The throttle still counts every call in PostgreSQL, as in production.
     */
    static final int LIMIT_NOT_REACHED = 1_000_000;

    /** The lookup limits the soak raises, by property name. */
    public static final Map<String, String> LOOKUP_LIMITS = Map.of(
            "vaxpass.lookup.client-limit", Integer.toString(LIMIT_NOT_REACHED),
            "vaxpass.lookup.phone-limit", Integer.toString(LIMIT_NOT_REACHED),
            "vaxpass.lookup.id-number-limit", Integer.toString(LIMIT_NOT_REACHED));

    private SoakServerSettings() {
    }

    /**
     * The lookup limits raised; the demo data off (the soak brings its own subjects); the HTTP port and the embedded
     * SQS on free ports, so that a {@code serve} already running on 8080 and 9324 is neither hit nor in the way.
     */
    public static void apply() {
        Map<String, String> defaults = new LinkedHashMap<>(LOOKUP_LIMITS);
        defaults.put("vaxpass.demo.enabled", "false");
        defaults.put("quarkus.http.port", Integer.toString(freePort()));
        defaults.put("vaxpass.local-sqs.port", Integer.toString(freePort()));
        defaults.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    /** A port free now on this machine (the soak's test takes one the same way). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
