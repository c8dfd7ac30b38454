package vn.vaxpass.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens name provinces as they are since 1 July 2025; records keep the codes they were entered with. */
class AProvinceReachesTheOldProvincesMergedIntoIt {

    private static final String HO_CHI_MINH_CITY = "79";
    private static final String OLD_BINH_DUONG = "74";
    private static final String OLD_BA_RIA_VUNG_TAU = "77";
    private static final String HA_NOI = "01";

    @Test
    void hoChiMinhCitysHealthDepartmentReachesTheRecordsOfBinhDuongAndBaRiaVungTau() {
        Reach province = Reach.province(HO_CHI_MINH_CITY);
        assertThat(province.reachesProvince(OLD_BINH_DUONG)).isTrue();
        assertThat(province.reachesCommune("25747", OLD_BA_RIA_VUNG_TAU)).isTrue();
        assertThat(province.reachesProvince(HA_NOI)).isFalse();
    }

    @Test
    void aTokenStillNamingAnOldProvinceReachesTheWholeProvinceItBecame() {
        assertThat(Reach.province(OLD_BINH_DUONG).reachesProvince(HO_CHI_MINH_CITY)).isTrue();
    }

    @Test
    void thirtyFourProvincesHoldTheSixtyThreeOldCodes() {
        assertThat(ProvincesToday.recordCodesOf(HO_CHI_MINH_CITY)).containsExactlyInAnyOrder("74", "77", "79");
        assertThat(ProvincesToday.today("02")).isEqualTo("08");
        assertThat(ProvincesToday.today(HA_NOI)).isEqualTo(HA_NOI);
    }
}
