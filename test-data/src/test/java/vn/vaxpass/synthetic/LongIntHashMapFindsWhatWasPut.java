package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntHashMapFindsWhatWasPut {

    @Test
    void everyKeyFindsItsValueAndAbsentKeysFindNone() {
        LongIntHashMap map = new LongIntHashMap(100_000);
        SplittableRandom random = new SplittableRandom(9);
        long[] keys = new long[100_000];
        for (int i = 0; i < keys.length; i++) {
            long key;
            do {
                key = random.nextLong(1_000_000_000_000L);
            } while (map.containsKey(key));
            keys[i] = key;
            assertThat(map.putIfAbsent(key, i)).isTrue();
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i])).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(keys.length);
        assertThat(map.get(1_000_000_000_000L)).isEqualTo(-1);
    }

    @Test
    void aKeyIsNeverReplaced() {
        LongIntHashMap map = new LongIntHashMap(4);
        assertThat(map.putIfAbsent(79_090_123_456L, 1)).isTrue();
        assertThat(map.putIfAbsent(79_090_123_456L, 2)).isFalse();
        assertThat(map.get(79_090_123_456L)).isEqualTo(1);
        assertThatThrownBy(() -> map.putIfAbsent(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
