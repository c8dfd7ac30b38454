package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceTableHoldsTheSixtyThreeBirthRegistrationCodes {

    /** Circular 07/2016/TT-BCA, Annex I, typed here independently of the resource file. */
    static final List<String> CIRCULAR_07_ANNEX_I = List.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    @Test
    void theTableHasExactlyTheCodesOfTheCircular() {
        assertThat(CIRCULAR_07_ANNEX_I).hasSize(BirthRegistrationProvinces.COUNT);
        assertThat(BirthRegistrationProvinces.all())
                .extracting(BirthRegistrationProvince::cccdPrefix)
                .containsExactlyElementsOf(CIRCULAR_07_ANNEX_I);
    }

    @Test
    void eachCodeIsTheStatisticsCodeWithALeadingZero() {
        assertThat(BirthRegistrationProvinces.all())
                .allSatisfy(province -> assertThat(province.cccdPrefix()).isEqualTo("0" + province.gsoCode()));
    }

    @Test
    void everyCodeFindsItsProvinceAndNoOtherCodeFindsAny() {
        IntStream.range(0, 1000).forEach(prefix -> {
            String code = String.format("%03d", prefix);
            BirthRegistrationProvince province = BirthRegistrationProvinces.byPrefix(prefix);
            if (CIRCULAR_07_ANNEX_I.contains(code)) {
                assertThat(province).as(code).extracting(BirthRegistrationProvince::cccdPrefix).isEqualTo(code);
                assertThat(BirthRegistrationProvinces.byPrefix(code + "123456789", 0)).isSameAs(province);
            } else {
                assertThat(province).as(code).isNull();
                assertThat(BirthRegistrationProvinces.byPrefix(code + "123456789", 0)).as(code).isNull();
            }
        });
    }

    @Test
    void codesOutsideThreeDigitsFindNothing() {
        assertThat(BirthRegistrationProvinces.byPrefix(-1)).isNull();
        assertThat(BirthRegistrationProvinces.byPrefix(1000)).isNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            001 | Thành phố Hà Nội
            038 | Tỉnh Thanh Hóa
            046 | Thành phố Huế
            077 | Tỉnh Bà Rịa - Vũng Tàu
            079 | Thành phố Hồ Chí Minh
            096 | Tỉnh Cà Mau
            """)
    void namesAreReadAsUtf8(String code, String name) {
        assertThat(BirthRegistrationProvinces.byPrefix(Integer.parseInt(code)).name()).isEqualTo(name);
    }
}
