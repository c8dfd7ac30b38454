package vn.vaxpass.correction;

import java.util.concurrent.Executor;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Brings a pipeline back onto the Vert.x context it started on, after a step that moved it to a worker thread (the
 * matcher computes on the worker pool): a Hibernate Reactive session must be used from its own context.
 */
final class OnContext {

    private OnContext() {
    }

    /** An executor that runs on the current Vert.x context. Call from within it. */
    static Executor current() {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("Not on a Vert.x context");
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
