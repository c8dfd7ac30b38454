package vn.vaxpass.functions.triggers;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import vn.vaxpass.shared.FatalErrorExit;

/** What {@link EndsProcessOnFatalError} does: an Error out of a handler is judged, then rethrown unchanged. */
@EndsProcessOnFatalError
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class FatalErrorInterceptor {

    private final FatalErrorExit fatalErrorExit;

    @Inject
    public FatalErrorInterceptor(FatalErrorExit fatalErrorExit) {
        this.fatalErrorExit = fatalErrorExit;
    }

    @AroundInvoke
    Object endProcessOnFatalError(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Error error) {
            fatalErrorExit.exitIfFatal(error);
            throw error;
        }
    }
}
