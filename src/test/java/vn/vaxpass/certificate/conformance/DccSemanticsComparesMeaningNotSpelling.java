package vn.vaxpass.certificate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.upokecenter.cbor.CBORObject;

class DccSemanticsComparesMeaningNotSpelling {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mapsWrittenInAnotherOrderMeanTheSame() {
        CBORObject ab = CBORObject.NewOrderedMap().Add("a", 1).Add("b", "x");
        CBORObject ba = CBORObject.NewOrderedMap().Add("b", "x").Add("a", 1);

        assertThat(ab.EncodeToBytes()).isNotEqualTo(ba.EncodeToBytes());
        assertThat(DccSemantics.of(ab.EncodeToBytes())).isEqualTo(DccSemantics.of(ba.EncodeToBytes()));
    }

    @Test
    void cborAndJsonOfOneDccMeanTheSame() throws Exception {
        CBORObject cbor = CBORObject.NewOrderedMap().Add("ver", "1.3.0")
                .Add("v", CBORObject.NewArray().Add(CBORObject.NewOrderedMap().Add("dn", 1)));

        assertThat(DccSemantics.of(cbor)).isEqualTo(DccSemantics.of(JSON.readTree("{\"v\":[{\"dn\":1}],\"ver\":\"1.3.0\"}")));
    }

    @Test
    void aTagChangesNothing() {
        assertThat(DccSemantics.of(CBORObject.FromObjectAndTag("2021-06-30T12:34:56Z", 0)))
                .isEqualTo(DccSemantics.of(CBORObject.FromObject("2021-06-30T12:34:56Z")));
    }

    @Test
    void aDateTimeMeansItsInstantWhateverTheOffsetSpelling() {
        assertThat(DccSemantics.of(CBORObject.FromObject("2021-06-30T12:34:56Z")))
                .isEqualTo(DccSemantics.of(CBORObject.FromObject("2021-06-30T12:34:56+00:00")))
                .isEqualTo(DccSemantics.of(CBORObject.FromObject("2021-06-30T14:34:56+02:00")))
                .isNotEqualTo(DccSemantics.of(CBORObject.FromObject("2021-06-30T12:34:57Z")));
        assertThat(DccSemantics.of(CBORObject.FromObject("2021-06-30"))).isEqualTo("2021-06-30");
    }

    @Test
    void anIntegerIsNotAFloatNorArraysUnordered() {
        assertThat(DccSemantics.of(CBORObject.FromObject(1))).isNotEqualTo(DccSemantics.of(CBORObject.FromObject(1.0)));
        assertThat(DccSemantics.of(CBORObject.NewArray().Add(1).Add(2)))
                .isNotEqualTo(DccSemantics.of(CBORObject.NewArray().Add(2).Add(1)));
    }
}
