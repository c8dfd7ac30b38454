package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names typed with legacy fonts come back as Unicode Vietnamese; Unicode and minority names are left alone. */
class LegacyFontTextReadsVniAndTcvn3Back {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // VNI-Times, read as Windows-1252
        "Nguyeãn Vaên Ñöùc, Nguyễn Văn Đức",
        "Traàn Thò Hoaø, Trần Thị Hoà",
        "Phaïm Thò Thuyù Haèng, Phạm Thị Thuý Hằng",
        "Ñoã Minh Quaân, Đỗ Minh Quân",
        "Leâ Thò Ngoïc AÙnh, Lê Thị Ngọc Ánh",
        "Huyønh Vaên Löôïng, Huỳnh Văn Lượng",
        // TCVN3 (ABC) .VnTime, read as Windows-1252
        "NguyÔn V¨n §øc, Nguyễn Văn Đức",
        "TrÇn ThÞ Hßa, Trần Thị Hòa",
        "Ph¹m ThÞ Thóy H»ng, Phạm Thị Thúy Hằng",
        "§ç Minh Qu©n, Đỗ Minh Quân",
        "Lª ThÞ Ngäc ¸nh, Lê Thị Ngọc ánh",
        "Hoµng V¨n L\u00ADîng, Hoàng Văn Lượng",
    })
    void readsLegacyTextBack(String legacy, String unicode) {
        assertThat(LegacyFontText.decodeIfLegacy(legacy)).isEqualTo(unicode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn Đức", "Hoà", "Lê Thị Hồ", "Trần Thị Thuý Hằng", "H'Hen Niê", "Y Moan Êban",
        "Pó", "Nguyen Van Duc", "NGUYỄN THỊ ÁNH", "Chloé Martin"})
    void leavesUnicodeAndOtherNamesAlone(String name) {
        assertThat(LegacyFontText.decodeIfLegacy(name)).isEqualTo(name);
    }
}
