package vn.vaxpass.matching.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.match-jobs.*}: how jobs are cut and when their chunks are sent again. */
@ConfigMapping(prefix = "vaxpass.match-jobs")
public interface MatchJobSettings {

    /**
     * Subjects per chunk. The default is the batch matcher's best measured chunk size (README, Performance); the
     * message carries ids only, so the size is bounded by a worker's time, not by SQS's 256 KB.
     */
    @WithDefault("2000")
    int chunkSize();

    /**
     * A chunk not done whose message was last sent this long ago is sent again by the sweep. Longer than a chunk takes
     * (seconds) and than a queue backlog usually lasts: a message still queued is only sent twice, which costs a
     * worker's time and changes no result. Must exceed the chunk queue's receives per message times its visibility
     * timeout, plus a margin, so a message still held by a worker is never sent again (docs/messages.md; AWS: one
     * receive of 6 minutes, checked by Terraform).
     */
    @WithDefault("PT15M")
    Duration resendAfter();

    /**
     * Sends of a chunk's message (the first included) before the sweep gives the chunk up: it and its job become
     * FAILED.
     */
    @WithDefault("3")
    int maxAttempts();

    /**
     * How often the one-process server runs the sweep (its {@code StaleChunkSchedule} reads this property; AWS runs it
     * on the {@code match-resume} schedule instead). Declared here because this mapping owns the prefix: a property
     * under it that the mapping does not know fails the start (SRCFG00050), so setting the documented interval used to
     * stop the server.
     */
    @WithDefault("60s")
    String sweepEvery();

    /** Messages sent at once when a job is submitted or chunks are sent again. */
    @WithDefault("16")
    int sendConcurrency();
}
