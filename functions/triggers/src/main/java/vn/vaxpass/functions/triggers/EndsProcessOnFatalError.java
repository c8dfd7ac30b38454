package vn.vaxpass.functions.triggers;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A trigger handler whose event met an error that leaves the process unfit ({@link vn.vaxpass.shared.FatalErrors})
 * ends the process ({@link vn.vaxpass.shared.FatalErrorExit}), so that Lambda starts a fresh environment for the next
 * event; the error still fails this event, so its messages come back or go to the dead-letter queue. Every handler
 * carries it ({@code EveryTriggerHandlerEndsTheProcessOnAFatalError}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface EndsProcessOnFatalError {
}
