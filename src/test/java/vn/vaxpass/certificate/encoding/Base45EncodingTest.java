package vn.vaxpass.certificate.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45EncodingTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"GGW", "ZZZZZ", "B", "BB8a", "BB8~", ":::"})
    void refusesWhatIsNotBase45(String text) {
        assertThatThrownBy(() -> Base45Encoding.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
