package vn.vaxpass.server.renewal;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Several emitters of channels to the same SQS queue, taken in turn: the SmallRye SQS connector sends one message at a
 * time per channel, so n channels send n at once. (Its batch mode, SendMessageBatch, stalled a renewal run with
 * "BackPressureFailure: Cannot emit item due to lack of requests", so it is not used.)
 */
final class EmittersInTurn {

    private final List<Emitter<String>> emitters;
    private final AtomicInteger turn = new AtomicInteger();

    EmittersInTurn(List<Emitter<String>> emitters) {
        this.emitters = List.copyOf(emitters);
    }

    /** Completes when SQS has acknowledged the message (SendMessage returned). */
    CompletionStage<Void> send(String body) {
        return emitters.get(Math.floorMod(turn.getAndIncrement(), emitters.size())).send(body);
    }
}
