package vn.vaxpass.certificate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DccTestVectorReadsEveryVendoredVector {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2021-05-03T20:00:00+02:00, 2021-05-03T18:00:00Z",
            "2021-05-03T18:00:00Z, 2021-05-03T18:00:00Z",
            "2021-05-10T12:30:00.000Z, 2021-05-10T12:30:00Z",
            "2021-05-03T20:00:00+0200, 2021-05-03T18:00:00Z",
            "2021-05-17T18:21:22, 2021-05-17T18:21:22Z",
            "2021-05-21T12:26:07.390079Z, 2021-05-21T12:26:07.390079Z"})
    void readsEveryValidationClockSpellingTheVectorsUseWithoutOffsetAsUtc(String clock, Instant instant) {
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        raw.putObject(DccTestVector.TEST_CONTEXT).put(DccTestVector.VALIDATION_CLOCK, clock);

        assertThat(new DccTestVector("common/2DCode/raw/CO1.json", raw).validationClock()).isEqualTo(instant);
    }

    @Test
    void countryAndTestSetComeFromThePath() {
        DccTestVector vector = new DccTestVector("PL/1.3.0/2DCode/raw/11.json", JsonNodeFactory.instance.objectNode());

        assertThat(vector.country()).isEqualTo("PL");
        assertThat(vector.testSet()).isEqualTo("11");
    }

    @Test
    void thePictureIsBase64WhoseLineBreaksAreTolerated() {
        ObjectNode raw = JsonNodeFactory.instance.objectNode().put(DccTestVector.PICTURE, "iVBORw0K\r\nGgo=");

        assertThat(new DccTestVector("common/2DCode/raw/CO1.json", raw).picture()).hasValueSatisfying(png ->
                assertThat(png).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
    }

    /** 384 say the picture reads to PREFIX, common Q1 says it does not; common B1 sets the flag but has no picture. */
    @Test
    void nearlyEveryVectorCarriesAPictureToRead() {
        assertThat(DccTestVectors.all().stream()
                .filter(vector -> vector.expectedResults().containsKey(ExpectedResult.PICTURE_DECODE.key()))
                .filter(vector -> vector.has(DccTestVector.PICTURE)))
                .hasSize(385);
    }

    @Test
    void everyVendoredVectorIsReadFromTheClasspath() {
        assertThat(DccTestVectors.all()).hasSize(440)
                .allSatisfy(vector -> assertThat(vector.raw().has(DccTestVector.EXPECTED_RESULTS)).as(vector.path()).isTrue());
    }
}
