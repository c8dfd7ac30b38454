package vn.vaxpass.matching.jobs;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * The core's tests' queue: keeps what was sent so a test can deliver it (or deliver it twice), and can refuse every
 * message, as an unreachable SQS would. The SQS queue itself is tested in functions/messaging and deploy/server.
 */
@ApplicationScoped
public class RecordingChunkQueue implements ChunkQueue {

    private final List<ChunkMessage> sent = new ArrayList<>();
    private boolean unreachable;

    @Override
    public synchronized Uni<Void> send(ChunkMessage message) {
        if (unreachable) {
            return Uni.createFrom().failure(new IllegalStateException("queue unreachable"));
        }
        sent.add(message);
        return Uni.createFrom().voidItem();
    }

    /** The messages sent since the last call, and forgets them. */
    public synchronized List<ChunkMessage> take() {
        List<ChunkMessage> taken = List.copyOf(sent);
        sent.clear();
        return taken;
    }

    public synchronized void unreachable(boolean value) {
        unreachable = value;
    }
}
