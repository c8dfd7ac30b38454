package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

class TonePlacementSwapsOnlyWhereBothSpellingsExist {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hòa                 | Hoà
            Thủy                | Thuỷ
            Khỏe                | Khoẻ
            Thụy                | Thuỵ
            Úy                  | Uý
            Nguyễn Thị Thúy Hòa | Nguyễn Thị Thuý Hoà
            """)
    void theToneMovesBetweenTheTwoVowelsBothWays(String traditional, String newer) {
        assertThat(TonePlacement.other(traditional)).isEqualTo(newer);
        assertThat(TonePlacement.other(newer)).isEqualTo(traditional);
    }

    @ParameterizedTest
    @CsvSource({"Hoàng", "Quý", "Quỳnh", "Toán", "Khoa", "Chloé", "Nguyễn Văn An"})
    void syllablesWithOneSpellingAreLeftAlone(String name) {
        assertThat(TonePlacement.other(name)).isEqualTo(name);
    }

    @Test
    void theCanonicalizerFoldsEverySwapInTheNameLists() {
        List<String> unfolded = new ArrayList<>();
        for (String list : List.of("boy.txt", "girl.txt")) {
            for (String name : TableResource.lines(list)) {
                String other = TonePlacement.other(name);
                if (!VietnameseNameCanonicalizer.canonicalForm(other)
                        .equals(VietnameseNameCanonicalizer.canonicalForm(name))) {
                    unfolded.add(name + " / " + other);
                }
            }
        }
        assertThat(unfolded).isEmpty();
    }
}
