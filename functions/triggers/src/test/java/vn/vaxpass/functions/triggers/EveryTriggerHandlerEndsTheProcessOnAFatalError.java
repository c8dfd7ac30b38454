package vn.vaxpass.functions.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import io.quarkus.arc.Arc;
import io.quarkus.test.Mock;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.shared.FatalErrorExit;
import vn.vaxpass.shared.RecordingProcessEnd;

/**
 * An error that leaves the process unfit, met while a trigger handles its event, ends the process with status 70 so
 * that Lambda starts a fresh environment, and still fails the event; every handler is so marked, a new one included.
 */
@QuarkusTest
class EveryTriggerHandlerEndsTheProcessOnAFatalError {

    @Inject
    FailingWork work;

    @Test
    void everyHandlerBeanCarriesTheBinding() {
        List<Class<?>> handlers = Arc.container().beanManager()
                .getBeans(new TypeLiteral<RequestHandler<?, ?>>() { }.getType()).stream()
                .map(Bean::getBeanClass).<Class<?>>map(type -> type).toList();

        assertThat(handlers).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(type -> assertThat(type).hasAnnotation(EndsProcessOnFatalError.class));
    }

    @Test
    void anInternalErrorFailsTheEventThenEndsTheProcess() throws InterruptedException {
        assertThatThrownBy(work::fail).isInstanceOf(InternalError.class);

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (RecordingProcessEnd.ASKED.isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(RecordingProcessEnd.ASKED).contains("exit " + FatalErrorExit.STATUS);
    }

    /** Work of a handler's kind that meets the JVM's own failure. */
    @ApplicationScoped
    @EndsProcessOnFatalError
    static class FailingWork {
        void fail() {
            throw new InternalError("the JVM's own failure, as a probe");
        }
    }

    /** The process end of these tests: recorded, never carried out. */
    @Mock
    static class RecordedProcessEnd extends RecordingProcessEnd {
    }
}
