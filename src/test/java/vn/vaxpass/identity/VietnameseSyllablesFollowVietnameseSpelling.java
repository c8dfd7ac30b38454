package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words of Vietnamese names are syllables; words typed with legacy fonts, and other languages' words, are not. */
class VietnameseSyllablesFollowVietnameseSpelling {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn", "Thị", "Hoà", "Hòa", "Quốc", "Quỳnh", "Huỳnh", "Giang", "gì", "Nghĩa", "Kỳ",
        "Khuê", "Đức", "Việt", "Thích", "Oanh", "Lão", "Ngọc", "NGUYỄN", "Tuyết", "Xuân", "Yến"})
    void acceptsVietnameseSyllables(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyeãn", "Vaên", "Ñöùc", "NguyÔn", "V¨n", "TÊn", "Quèc", "Nghóa", "Quoác", "Laõ", "Doaõn",
        "Trònh", "Kú", "Ỹn", "Duc", "Êban", "H'Hen", "Blik", "Chloé"})
    void rejectsWhatVietnameseSpellingCannotBe(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isFalse();
    }
}
