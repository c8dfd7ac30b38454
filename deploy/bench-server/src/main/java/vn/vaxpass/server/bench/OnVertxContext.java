package vn.vaxpass.server.bench;

import java.util.function.Supplier;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** The bench commands call the workflow's beans from picocli's thread, where a request would run on Vert.x. */
final class OnVertxContext {

    private OnVertxContext() {
    }

    /** Runs a step on a Vert.x context, as a request would (its Panache sessions need one), and waits. */
    static <T> T await(Supplier<Uni<T>> step) {
        try {
            return VertxContextSupport.subscribeAndAwait(step);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
