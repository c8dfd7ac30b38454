package vn.vaxpass.matching;

/**
 * How a batch run cuts its subjects: subjects per chunk (one registry fetch per pass for all of them), and chunks
 * in flight at once, so that one chunk is matched while the next is fetched.
 */
public record ChunkSettings(int chunkSize, int chunksInFlight) {

    /** Measured on the 2-core development VM (README, Performance): larger chunks gain nothing more. */
    public static final ChunkSettings DEFAULT = new ChunkSettings(2_000, 4);

    public ChunkSettings {
        if (chunkSize < 1 || chunksInFlight < 1) {
            throw new IllegalArgumentException("chunkSize and chunksInFlight must be positive");
        }
    }
}
