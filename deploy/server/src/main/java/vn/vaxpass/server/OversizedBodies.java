package vn.vaxpass.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body the request announces larger than {@code quarkus.http.limits.max-body-size} gets a problem with a code, as
 * every other refusal does, instead of the bare 413 Quarkus answers from its own check, one step later (route order
 * {@value #QUARKUS_UPLOAD_LIMIT_ORDER}). Nothing of the body is read; the connection closes, so a client still sending
 * stops. Only {@code serve} needs this: in AWS, API Gateway refuses bodies over its own limit before a function runs.
 */
@ApplicationScoped
public class OversizedBodies {

    static final String CODE = "BODY_TOO_LARGE";
    /** Quarkus' RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT: this check runs just before it. */
    private static final int QUARKUS_UPLOAD_LIMIT_ORDER = -2;
    private static final int BYTES_PER_MEBIBYTE = 1024 * 1024;

    private final long limit;

    @Inject
    public OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(QUARKUS_UPLOAD_LIMIT_ORDER - 1).handler(this::refuseWhenAnnouncedTooLarge);
    }

    private void refuseWhenAnnouncedTooLarge(RoutingContext context) {
        String announced = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (announced != null && exceeds(announced)) {
            long mebibytes = limit / BYTES_PER_MEBIBYTE;
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaderNames.CONNECTION, "close")
                    .end("{\"code\":\"" + CODE + "\",\"message\":\"Nội dung gửi lên lớn hơn " + mebibytes
                            + " MB. / The request body is larger than " + mebibytes + " MB.\"}");
            return;
        }
        context.next();
    }

    private boolean exceeds(String announced) {
        try {
            return Long.parseLong(announced.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
