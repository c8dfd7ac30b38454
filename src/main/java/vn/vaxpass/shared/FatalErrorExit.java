package vn.vaxpass.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;


/**
 * Ends this process when an error has left it unfit to serve ({@link FatalErrors}), so that its platform starts a
 * fresh one: AWS Lambda a new execution environment for the next invocation, systemd or a container's restart policy
 * a new {@code serve}. Errors that end with their request (a stack overflow, one refused allocation) never reach
 * here. Met while serving a request (http-common's ProblemMappers), while handling a trigger's event (the
 * trigger handlers) or on any thread of the process (the default
 * uncaught-exception handler, installed at start). The request that met the error gets its answer first: the exit
 * starts {@link #GRACE} later, through the JVM's shutdown hooks (Quarkus stops as on a signal), and should that hang
 * in a wedged process, the process is halted {@link #HALT_AFTER} after. Once only, whatever the number of errors.
 */
@ApplicationScoped
public class FatalErrorExit {

    /** The exit status: EX_SOFTWARE of sysexits.h, an internal software error. */
    public static final int STATUS = 70;
    static final Duration GRACE = Duration.ofMillis(500);
    static final Duration HALT_AFTER = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(FatalErrorExit.class);

    private final ProcessEnd end;
    private final FatalErrors errors;
    private final AtomicBoolean ending = new AtomicBoolean();

    @Inject
    public FatalErrorExit(ProcessEnd end) {
        this(end, FatalErrors.ofThisProcess());
    }

    FatalErrorExit(ProcessEnd end, FatalErrors errors) {
        this.end = end;
        this.errors = errors;
    }

    /** How the process ends: an exit that runs the shutdown hooks, then a halt should that not finish. */
    public interface ProcessEnd {
        /** Ends the process with this status, running its shutdown hooks (Quarkus's shutdown among them). */
        void exit(int status);

        /** Ends the process with this status at once. */
        void halt(int status);
    }

    /** Whether a fatal error has been met and the process's end is under way. */
    public boolean ending() {
        return ending.get();
    }

    /**
     * In the packaged application only ({@code serve}, the Lambdas, the one-shot commands): under test a thread
     * left over from an earlier application (class loaders closed) may die of a LinkageError that says nothing about
     * this one, and in dev mode a reload does the same.
     */
    void installOnStart(@Observes StartupEvent started) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            install();
        }
    }

    /** Makes every thread's uncaught fatal error end the process, after whatever handled it before. */
    void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                LOG.errorf("Uncaught %s on thread %s", FailureSummary.of(failure), thread.getName());
            }
            exitIfFatal(failure);
        });
    }

    /** Whether the failure is fatal; if so, the process's end is under way (in dev mode it is only logged). */
    public boolean exitIfFatal(Throwable failure) {
        if (!errors.isFatal(failure)) {
            return false;
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.errorf("%s would end this process outside dev mode", FailureSummary.of(failure));
            return true;
        }
        if (ending.compareAndSet(false, true)) {
            LOG.fatalf("%s has left this process unfit to serve: it exits with status %d so that a new one is started",
                    FailureSummary.of(failure), STATUS);
            try {
                Thread exit = new Thread(this::endProcess, "fatal-error-exit");
                exit.setDaemon(true);
                exit.start();
            } catch (Throwable noThread) {
                end.halt(STATUS); // no thread to be had: nothing gentler is left
            }
        }
        return true;
    }

    private void endProcess() {
        try {
            Thread.sleep(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                end.halt(STATUS);
            }, "fatal-error-halt");
            halt.setDaemon(true);
            halt.start();
        } catch (Throwable noThread) {
            end.halt(STATUS);
        }
        end.exit(STATUS);
    }
}
