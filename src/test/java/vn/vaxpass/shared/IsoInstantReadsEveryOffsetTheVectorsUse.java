package vn.vaxpass.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantReadsEveryOffsetTheVectorsUse {

    @ParameterizedTest
    @CsvSource({
            "2021-05-03T10:27:15Z, 2021-05-03T10:27:15Z",
            "2021-05-03T12:27:15+02:00, 2021-05-03T10:27:15Z",
            "2021-05-03T12:27:15+0200, 2021-05-03T10:27:15Z",
            "2021-05-03T10:27:15, 2021-05-03T10:27:15Z",
            "2021-05-03T10:27:15.123456Z, 2021-05-03T10:27:15.123456Z"})
    void readsZoneOffsetsWithAndWithoutAColonAndNoZoneAsUtc(String text, String expected) {
        assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2021-05-03", "yesterday", "2021-13-03T10:27:15Z", "2021-05-03T10:27:15+2"})
    void refusesWhatIsNoDateAndTime(String text) {
        assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
