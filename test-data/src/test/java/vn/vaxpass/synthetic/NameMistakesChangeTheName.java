package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

class NameMistakesChangeTheName {

    @Test
    void withoutDiacriticsEveryMarkAndTheStrokeOfDGo() {
        assertThat(NameMistakes.withoutDiacritics("Đặng Thị Hoà")).isEqualTo("Dang Thi Hoa");
        assertThat(NameMistakes.withoutDiacritics("Nguyễn Văn Ân")).isEqualTo("Nguyen Van An");
    }

    @Test
    void aMiddleNameIsDroppedButNeverTheFamilyOrGivenName() {
        SplittableRandom random = new SplittableRandom(4);
        assertThat(NameMistakes.withoutMiddleName("Nguyễn Thị Lan", random)).isEqualTo("Nguyễn Lan");
        assertThat(NameMistakes.withoutMiddleName("Nguyễn Thị Thu Hằng", random))
                .isIn("Nguyễn Thu Hằng", "Nguyễn Thị Hằng");
        assertThat(NameMistakes.withoutMiddleName("Lê Na", random)).isEqualTo("Lê Na");
    }

    @Test
    void inputMethodLeftoversHitOneWordWithMarks() {
        SplittableRandom random = new SplittableRandom(5);
        String name = "Nguyễn Văn An";
        String telex = NameMistakes.inputMethodLeftovers(name, true, random);
        assertThat(telex).isIn("Nguyeenx Văn An", "Nguyễn Vawn An");
        assertThat(NameMistakes.inputMethodLeftovers("Phan Anh Minh", false, random)).isEqualTo("Phan Anh Minh");
    }

    @Test
    void aTypoIsOneSlipAndUsuallyAnotherName() {
        SplittableRandom random = new SplittableRandom(6);
        String name = "Trần Thị Thủy";
        int changed = 0;
        for (int i = 0; i < 500; i++) {
            String typo = NameMistakes.typo(name, random);
            assertThat(Math.abs(typo.length() - name.length())).isLessThanOrEqualTo(1);
            if (!VietnameseNameCanonicalizer.canonicalForm(typo).equals(VietnameseNameCanonicalizer.canonicalForm(name))) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(400);
    }
}
