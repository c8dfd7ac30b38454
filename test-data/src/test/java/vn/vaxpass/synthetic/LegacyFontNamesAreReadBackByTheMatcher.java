package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.LegacyFontText;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * The generator's legacy fonts (written from the fonts' layouts) and the matcher's decoder (written from their
 * tables) agree on the given names of the name lists, each after a family name: what a clerk typed with VNI or TCVN3
 * reads back as the name (case aside: TCVN3's toned capitals are its lower-case letters in a capital font). Not all:
 * some legacy text is Unicode Vietnamese word for word (TCVN3's "Vò" is "Vũ", VNI's "Hoà" is "Hồ", TCVN3's "Khóc"
 * is "Khúc"), and nothing can tell those apart.
 */
class LegacyFontNamesAreReadBackByTheMatcher {

    /** Share of legacy names read back; the rest read as Unicode Vietnamese words. */
    private static final double READ_BACK = 0.99;
    private static final char ETH = '\u00D0';
    private static final char D_STROKE = '\u0110';

    @Test
    void nearlyEveryNameOfTheListsComesBack() {
        List<String> families = TableResource.rows("family-names.tsv").stream().map(row -> row[0]).toList();
        List<String> given = new ArrayList<>(TableResource.lines("boy.txt"));
        given.addAll(TableResource.lines("girl.txt"));
        int encoded = 0;
        List<String> notBack = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            // As NameBook does: the lists type eth for Đ.
            String name = VietnameseLetters.nfc(families.get(i % families.size()) + " " + given.get(i).replace(ETH, D_STROKE));
            for (String legacy : List.of(LegacyFonts.vni(name), LegacyFonts.tcvn3(name))) {
                encoded++;
                if (!VietnameseNameCanonicalizer.canonicalForm(LegacyFontText.decodeIfLegacy(legacy))
                        .equals(VietnameseNameCanonicalizer.canonicalForm(name))) {
                    notBack.add(name + " ← " + legacy + " → " + LegacyFontText.decodeIfLegacy(legacy));
                }
            }
        }
        assertThat(1 - notBack.size() / (double) encoded).as(String.join("\n", notBack)).isGreaterThanOrEqualTo(READ_BACK);
    }
}
