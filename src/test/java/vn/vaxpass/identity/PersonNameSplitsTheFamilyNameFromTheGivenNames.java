package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameSplitsTheFamilyNameFromTheGivenNames {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Thị Thuý Hằng  | Nguyễn | Thị Thuý Hằng
            Đặng Văn Đức          | Đặng   | Văn Đức
            Lê Hoà Bình           | Lê     | Hoà Bình
            Đỗ Quý Đôn            | Đỗ     | Quý Đôn
            Hồ An                 | Hồ     | An
            """)
    void familyNameIsTheFirstWordAndGivenNamesTheRest(String fullName, String familyName, String givenNames) {
        assertThat(PersonName.fromFullName(fullName)).isEqualTo(new PersonName(familyName, givenNames));
    }

    @Test
    void oneWordNameHasNoGivenNames() {
        PersonName name = PersonName.fromFullName("  Khúc ");

        assertThat(name.familyName()).isEqualTo("Khúc");
        assertThat(name.givenNames()).isEmpty();
        assertThat(name.fullName()).isEqualTo("Khúc");
    }

    @Test
    void whiteSpaceIsNormalised() {
        PersonName name = PersonName.fromFullName("\u00A0Trương\t\tThị  Ánh\u202FNguyệt \n");

        assertThat(name).isEqualTo(new PersonName("Trương", "Thị Ánh Nguyệt"));
        assertThat(name.fullName()).isEqualTo("Trương Thị Ánh Nguyệt");
    }

    @Test
    void nfdInputIsKeptAsNfcWithItsDiacriticsCaseAndTonePlacement() {
        PersonName name = PersonName.fromFullName(Normalizer.normalize("NGUYỄN Thị Thuý Hằng", Normalizer.Form.NFD));

        assertThat(name.familyName()).isEqualTo("NGUYỄN");
        assertThat(name.givenNames()).isEqualTo("Thị Thuý Hằng");
        assertThat(Normalizer.isNormalized(name.fullName(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void constructorNormalisesItsParts() {
        PersonName name = new PersonName(" Lê ", Normalizer.normalize("Hoà\u00A0 Bình", Normalizer.Form.NFD));

        assertThat(name.familyName()).isEqualTo("Lê");
        assertThat(name.givenNames()).isEqualTo("Hoà Bình");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\u00A0", "\u200B"})
    void blankNameIsRejected(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.fromFullName(blank));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonName(blank, "An"));
    }

    @Test
    void everyReferenceNameSplitsBackIntoItsFullName() {
        for (String fullName : ReferenceGivenNames.fullNames()) {
            PersonName name = PersonName.fromFullName(fullName);

            assertThat(name.fullName()).isEqualTo(fullName);
            assertThat(name.familyName()).doesNotContain(" ");
        }
    }
}
