package vn.vaxpass.matching.jobs;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The message that starts the matching of one chunk (docs/messages.md, "registry-match-chunks"):
 * {@code {"v":1,"jobId":"…","chunk":3}}. Ids only: the worker reads the chunk's subjects from the database, so no
 * personal data travels through the queue, and a message stays a few dozen bytes however large the chunk.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChunkMessage(int v, UUID jobId, int chunk) {

    /** The schema version this code writes and reads; fields may be added within a version, never changed. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    public ChunkMessage {
        Objects.requireNonNull(jobId, "jobId");
    }

    public static ChunkMessage of(UUID jobId, int chunk) {
        return new ChunkMessage(VERSION, jobId, chunk);
    }

    public String toJson() {
        return "{\"v\":" + v + ",\"jobId\":\"" + jobId + "\",\"chunk\":" + chunk + "}";
    }

    /** @throws UnreadableMessageException when the body is not a chunk message of a version this code reads */
    public static ChunkMessage fromJson(String body) {
        ChunkMessage message;
        try {
            message = JSON.readValue(body, ChunkMessage.class);
        } catch (IOException | RuntimeException e) {
            // The parser's message may quote the body; it carries ids only, but say no more than the kind.
            throw new UnreadableMessageException("Not a chunk message: " + e.getClass().getSimpleName());
        }
        if (message == null) {
            throw new UnreadableMessageException("Not a chunk message: empty");
        }
        if (message.v() != VERSION) {
            throw new UnreadableMessageException("Chunk message version " + message.v() + "; this worker reads " + VERSION);
        }
        if (message.chunk() < 0) {
            throw new UnreadableMessageException("Chunk number " + message.chunk() + " is negative");
        }
        return message;
    }
}
