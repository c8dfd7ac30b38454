package vn.vaxpass.certificate.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45EncodingFollowsRfc9285 {

    /** RFC 9285 §4.3 and §4.4 examples. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AB|BB8",
            "Hello!!|%69 VD92EX0",
            "base-45|UJCLQE7W581",
            "ietf!|QED8WEX0"})
    void encodesAndDecodesTheRfcExamples(String plain, String encoded) {
        assertThat(Base45Encoding.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base45Encoding.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void encodesAsCommonsCodecAndDecodesWhatItEncoded() {
        Random random = new Random(45);
        Base45 commonsCodec = new Base45();
        for (int length = 0; length < 700; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String encoded = Base45Encoding.encode(data);
            assertThat(encoded).as("length %d", length).isEqualTo(new String(commonsCodec.encode(data), StandardCharsets.US_ASCII));
            assertThat(Base45Encoding.decode(encoded)).isEqualTo(data);
        }
    }

    @Test
    void encodesTheExtremesOfAPairAndOfALastByte() {
        assertThat(Base45Encoding.encode(new byte[] {(byte) 0xff, (byte) 0xff})).isEqualTo("FGW");
        assertThat(Base45Encoding.encode(new byte[] {0, 0, (byte) 0xff})).isEqualTo("000U5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GGW", "ZZZZZ", "B", "BB8a", "BB8~", ":::"})
    void refusesWhatIsNotBase45(String text) {
        assertThatThrownBy(() -> Base45Encoding.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
