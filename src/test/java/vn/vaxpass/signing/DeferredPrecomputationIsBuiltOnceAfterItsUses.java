package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DeferredPrecomputationIsBuiltOnceAfterItsUses {

    @Test
    void nullForTheFirstUsesThenTheSameBuiltValue() {
        AtomicInteger builds = new AtomicInteger();
        DeferredPrecomputation<Object> table = new DeferredPrecomputation<>(3, () -> {
            builds.incrementAndGet();
            return new Object();
        });
        for (int i = 0; i < 3; i++) {
            assertThat(table.getOrNull()).isNull();
        }
        Object built = table.getOrNull();
        assertThat(built).isNotNull();
        assertThat(table.getOrNull()).isSameAs(built);
        assertThat(builds).hasValue(1);
    }

    @Test
    void builtOnceUnderConcurrentUse() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        DeferredPrecomputation<Object> table = new DeferredPrecomputation<>(10, () -> {
            builds.incrementAndGet();
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> uses = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                uses.add(table::getOrNull);
            }
            long nulls = 0;
            for (Future<Object> use : threads.invokeAll(uses)) {
                nulls += use.get() == null ? 1 : 0;
            }
            assertThat(nulls).isEqualTo(10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }
}
