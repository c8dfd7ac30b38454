package vn.vaxpass.certificate.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.upokecenter.cbor.CBORObject;

/** The writer against PeterO's encoder, the reference it replaces: every head width, sign and string kind. */
class CborWriterWritesWhatPeterOWrites {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 23, 24, 255, 256, 65_535, 65_536, 4_294_967_295L, 4_294_967_296L, Long.MAX_VALUE,
            -1, -24, -25, -256, -257, -65_536, -65_537, -4_294_967_296L, -4_294_967_297L, Long.MIN_VALUE,
            -260, -7, -37, 1_731_536_000L})
    void writesIntegersAsPeterODoes(long value) {
        assertThat(new CborWriter(1).integer(value).toByteArray()).isEqualTo(CBORObject.FromObject(value).EncodeToBytes());
    }

    @Test
    void writesByteStringsOfEveryHeadWidthAsPeterODoes() {
        Random random = new Random(2);
        for (int length : new int[] {0, 1, 23, 24, 255, 256, 65_535, 65_536}) {
            byte[] value = new byte[length];
            random.nextBytes(value);
            assertThat(new CborWriter(4).bytes(value).toByteArray()).as("length %d", length)
                    .isEqualTo(CBORObject.FromObject(value).EncodeToBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "VN", "Nguyễn Thị Thuỳ Dương", "Đặng Văn Đức", "DANG<VAN<DUC", "日本語のテキスト",
            "emoji 😷 and 🇻🇳", "\u0000 control \u007f", "a string longer than twenty-three bytes, to need a one-byte length"})
    void writesTextAsPeterODoes(String value) {
        assertThat(new CborWriter(1).text(value).toByteArray()).isEqualTo(CBORObject.FromObject(value).EncodeToBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "a\uDE37", "\uDE37\uD83D", "end \uD800"})
    void refusesTextWithAnUnpairedSurrogateAsPeterODoes(String value) {
        assertThatThrownBy(() -> CBORObject.FromObject(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CborWriter(1).text(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesMapsArraysTagsAndSimpleValuesAsPeterODoes() {
        CBORObject reference = CBORObject.NewArray()
                .Add(CBORObject.NewOrderedMap().Add(4, "kid").Add(1, -7).Add(CBORObject.FromObject(-260), CBORObject.NewMap()))
                .Add(CBORObject.True).Add(CBORObject.False).Add(CBORObject.Null)
                .WithTag(18);
        byte[] written = new CborWriter(2).tag(18).array(4)
                .map(3).integer(4).text("kid").integer(1).integer(-7).integer(-260).map(0)
                .bool(true).bool(false).nil()
                .toByteArray();
        assertThat(written).isEqualTo(reference.EncodeToBytes());
    }

    @Test
    void copiesAnEncodedItemAsItIs() {
        byte[] item = CBORObject.FromObject(1.5).EncodeToBytes();
        assertThat(new CborWriter(1).array(1).raw(item).toByteArray())
                .isEqualTo(CBORObject.NewArray().Add(CBORObject.FromObject(1.5)).EncodeToBytes());
    }
}
