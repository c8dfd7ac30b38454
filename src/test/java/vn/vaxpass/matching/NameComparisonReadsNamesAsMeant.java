package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * Names typed with legacy fonts, in the other order or with another apostrophe are close to the registry's name,
 * never exact: what was written is still not the name, so such a record is never VERIFIED.
 */
class NameComparisonReadsNamesAsMeant {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Nguyeãn Vaên Ñöùc, Nguyễn Văn Đức",
        "NguyÔn V¨n §øc, Nguyễn Văn Đức",
        "Thị Lan Nguyễn, Nguyễn Thị Lan",
        "Niê H'Hen, H'Hen Niê",
        "H’Hen Niê, H'Hen Niê",
        "Hʼhen Niê, H'Hen Niê",
    })
    void isCloseButNotExact(String written, String registry) {
        NameKeys person = NameKeys.of(VietnameseNameCanonicalizer.canonicalForm(registry),
                VietnameseNameCanonicalizer.diacriticsFreeKey(registry));
        assertThat(NameComparison.compare(NameKeys.of(written), person)).isEqualTo(Agreement.CLOSE);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "Nguyễn Thị Lan, Nguyễn Thị Hoa",
        "Y Moan Êban, Y Blik Êban",
        "Pó, Múi",
    })
    void otherNamesStayApart(String written, String registry) {
        NameKeys person = NameKeys.of(VietnameseNameCanonicalizer.canonicalForm(registry),
                VietnameseNameCanonicalizer.diacriticsFreeKey(registry));
        assertThat(NameComparison.compare(NameKeys.of(written), person)).isEqualTo(Agreement.NONE);
    }
}
