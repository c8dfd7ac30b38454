package vn.vaxpass.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.mutiny.core.Vertx;

/** Items handed in one at a time leave in batches: full ones at once, a partial one after its linger. */
class GatheringHandsOnFullBatchesAndWhatLingered {

    private final Vertx vertx = Vertx.vertx();
    private final List<List<Integer>> handedOn = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        vertx.closeAndAwait();
    }

    @Test
    void aFullBatchLeavesAtOnceAndTheRestAfterTheLinger() throws InterruptedException {
        Gathering<Integer> gathering = new Gathering<>(3, 50, vertx, handedOn::add);

        for (int i = 1; i <= 4; i++) {
            gathering.add(i);
        }

        assertThat(handedOn).containsExactly(List.of(1, 2, 3));
        awaitBatches(2);
        assertThat(handedOn).containsExactly(List.of(1, 2, 3), List.of(4));
    }

    @Test
    void theTimerOfABatchThatLeftFullDoesNotCutTheNextShort() throws InterruptedException {
        Gathering<Integer> gathering = new Gathering<>(2, 500, vertx, handedOn::add);
        gathering.add(1);
        gathering.add(2);
        TimeUnit.MILLISECONDS.sleep(250);
        gathering.add(3);

        // The first batch's timer has fired by now (at 500 ms); the second's fires at 750 ms.
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(handedOn).containsExactly(List.of(1, 2));
        awaitBatches(2);
        assertThat(handedOn).containsExactly(List.of(1, 2), List.of(3));
    }

    private void awaitBatches(int count) throws InterruptedException {
        for (int i = 0; i < 100 && handedOn.size() < count; i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
