package vn.vaxpass.certificate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VectorErrataNameVendoredVectorsAndTheirFlags {

    @Test
    void everyErratumNamesAVendoredVectorThatSetsThatFlag() {
        Map<String, DccTestVector> vectors = DccTestVectors.all().stream()
                .collect(Collectors.toMap(DccTestVector::path, Function.identity()));

        assertThat(VectorErrata.all()).allSatisfy(erratum -> {
            assertThat(vectors).as(erratum.path()).containsKey(erratum.path());
            assertThat(vectors.get(erratum.path()).expectedResults()).as(erratum.path()).containsKey(erratum.flag().key());
        });
    }
}
