package vn.vaxpass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class OnlyErrorsThatOutliveTheirRequestAreFatal {

    private static final FatalErrors HEAP_RECOVERS = new FatalErrors(() -> 0.3);
    private static final FatalErrors HEAP_STAYS_FULL = new FatalErrors(() -> 0.97);

    @Test
    void aStackOverflowIsOverOnceItsStackHasUnwound() {
        assertThat(HEAP_STAYS_FULL.isFatal(new StackOverflowError())).isFalse();
    }

    @Test
    void oneAllocationTheHeapCannotMakeIsTheRequestsUnlessTheHeapStaysFull() {
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        OutOfMemoryError array = new OutOfMemoryError("Requested array size exceeds VM limit");

        assertThat(HEAP_RECOVERS.isFatal(heap)).isFalse();
        assertThat(HEAP_RECOVERS.isFatal(array)).isFalse();
        assertThat(HEAP_STAYS_FULL.isFatal(heap)).isTrue();
    }

    @Test
    void runningOutOfWhatTheWholeProcessSharesIsFatal() {
        for (String message : new String[] {"Metaspace", "Compressed class space", "GC overhead limit exceeded",
            "unable to create native thread: possibly out of memory or process/resource limits reached",
            "Direct buffer memory", null}) {
            assertThat(HEAP_RECOVERS.isFatal(new OutOfMemoryError(message))).as(message).isTrue();
        }
    }

    @Test
    void theJvmsOwnFailuresAndBrokenClassesAreFatal() {
        assertThat(HEAP_RECOVERS.isFatal(new InternalError("probe"))).isTrue();
        assertThat(HEAP_RECOVERS.isFatal(new UnknownError())).isTrue();
        assertThat(HEAP_RECOVERS.isFatal(new ExceptionInInitializerError("static initialiser failed"))).isTrue();
        assertThat(HEAP_RECOVERS.isFatal(new NoClassDefFoundError("Could not initialize class X"))).isTrue();
    }

    @Test
    void aDefectOrAnExceptionIsTheRequestsOwn() {
        assertThat(HEAP_STAYS_FULL.isFatal(new AssertionError())).isFalse();
        assertThat(HEAP_STAYS_FULL.isFatal(new IllegalStateException())).isFalse();
        assertThat(HEAP_STAYS_FULL.isFatal(new IOException())).isFalse();
    }

    @Test
    void aFatalErrorWrappedInAnExceptionIsStillFatal() {
        assertThat(HEAP_RECOVERS.isFatal(new CompletionException(new InternalError()))).isTrue();
        assertThat(HEAP_RECOVERS.isFatal(new CompletionException(new StackOverflowError()))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        IllegalStateException first = new IllegalStateException();
        IllegalStateException second = new IllegalStateException(first);
        first.initCause(second);

        assertThat(HEAP_RECOVERS.isFatal(first)).isFalse();
    }
}
