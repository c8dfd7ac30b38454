package vn.vaxpass.server.bench.soak;

import java.util.Random;

/**
 * The soak's fixed mix: each worker picks its next journey at random (its own seeded {@link Random}) with these
 * weights. Both lookup ways end with the certificate fetched as JSON, revalidated by ETag (304), fetched as PNG, and
 * both forms verified; the match job is submitted for the worker's commune and polled until it is done.
 */
enum SoakMix {

    /** A citizen by phone: request a code, read it from serve's SMS outbox, answer it, then the certificate. */
    PHONE_LOOKUP(3),
    /** A citizen logged in to the portal: look up by ID number with the citizen token, then the certificate. */
    ID_NUMBER_LOOKUP(6),
    /** Health staff: a registry-match job for a commune, submitted and polled until done. */
    MATCH_JOB(1);

    private final int weight;

    SoakMix(int weight) {
        this.weight = weight;
    }

    /** The next journey, in proportion to the weights. */
    static SoakMix next(Random random) {
        int total = 0;
        for (SoakMix journey : values()) {
            total += journey.weight;
        }
        int draw = random.nextInt(total);
        for (SoakMix journey : values()) {
            draw -= journey.weight;
            if (draw < 0) {
                return journey;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }
}
