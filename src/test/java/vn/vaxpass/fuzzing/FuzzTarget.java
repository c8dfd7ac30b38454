package vn.vaxpass.fuzzing;

import java.util.Random;

/**
 * One thing to fuzz: how its inputs are made (mutations of valid seeds), how one is run, and what it may end in.
 * {@link Fuzzer} runs it; whatever {@link #run} throws other than {@link AssertionError} is an unexpected exception,
 * an {@link AssertionError} is the oracle refusing an outcome. Implementations are thread-safe.
 *
 * @param <I> an input with what was done to make it
 */
public interface FuzzTarget<I> {

    /** The seeds themselves, unmutated: run before counting, so that class loading and first uses are not counted. */
    Iterable<I> seeds();

    /**
     * How many times each seed runs before counting: more than once where a cache fills after some uses (the
     * verifier's per-key tables, built after 64 checks), so that no mutated input is charged for building it.
     */
    default int seedRounds() {
        return 1;
    }

    /** A mutated input. The same random sequence gives the same input, so an input is replayed from its run's seed and index. */
    I input(Random random);

    /** The input's size as the system receives it: bytes of an image, characters of an HC1 text. */
    int size(I input);

    /** Where the input was mutated (a layer of the chain or a part of the file), for the report. */
    String layer(I input);

    /**
     * Runs the input through the code under test and names its outcome: an error code of that code's own, or a
     * word for success.
     *
     * @throws AssertionError when the outcome is one the code must never give for this input
     */
    String run(I input);

    /** The most one input of this size may allocate, in bytes: the code's bound, proportional to the input's size. */
    long allocationBound(int size);

    /** The input written out (the mutations and the bytes), to replay a failure. */
    String describe(I input);
}
