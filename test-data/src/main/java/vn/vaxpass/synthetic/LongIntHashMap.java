package vn.vaxpass.synthetic;

import java.util.Arrays;

/**
 * Non-negative long keys to int values, open addressing with linear probing: ID numbers to registry positions for a
 * few million people in about 12 bytes per slot, where a {@code HashMap<Long, Integer>} would take over 60 per entry.
 */
final class LongIntHashMap {

    private static final long EMPTY = -1;
    private static final double MAX_LOAD = 0.75;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    LongIntHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit((int) Math.max(16, Math.ceil(expectedSize / MAX_LOAD)) * 2 - 1);
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** Adds a key; returns false, changing nothing, when the key is already there. */
    boolean putIfAbsent(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (size + 1 > keys.length * MAX_LOAD) {
            throw new IllegalStateException("map sized for fewer keys than " + (size + 1));
        }
        int slot = slotOf(key);
        if (keys[slot] == key) {
            return false;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return true;
    }

    /** The value of a key, or -1 when it is absent. */
    int get(long key) {
        int slot = slotOf(key);
        return keys[slot] == key ? values[slot] : -1;
    }

    boolean containsKey(long key) {
        return keys[slotOf(key)] == key;
    }

    int size() {
        return size;
    }

    private int slotOf(long key) {
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The finaliser of SplitMix64: neighbouring ID numbers land far apart. */
    private static long mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
