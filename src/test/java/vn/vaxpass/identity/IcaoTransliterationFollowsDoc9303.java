package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.vaxpass.identity.IcaoTransliteration.DCC_MAX_LENGTH;
import static vn.vaxpass.identity.IcaoTransliteration.transliterate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcaoTransliterationFollowsDoc9303 {

    private static final String DCC_PATTERN = "^[A-Z<]*$";

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đặng                   | DANG
            Văn Đức                | VAN<DUC
            Nguyễn                 | NGUYEN
            Thị Thuý Hằng          | THI<THUY<HANG
            Nguyễn Thị Thuý Hằng   | NGUYEN<THI<THUY<HANG
            Trương Thị Ánh Nguyệt  | TRUONG<THI<ANH<NGUYET
            Đỗ Quý Đôn             | DO<QUY<DON
            Lê Hoà Bình            | LE<HOA<BINH
            Lê Hòa Bình            | LE<HOA<BINH
            Huỳnh Thị Ngọc Hưởng   | HUYNH<THI<NGOC<HUONG
            Phạm Thị Mỹ Dưỡng      | PHAM<THI<MY<DUONG
            Bùi Thị Khoẻ           | BUI<THI<KHOE
            Ngô Thị Ửng Ữ          | NGO<THI<UNG<U
            nGuYễN tHị ThÚy        | NGUYEN<THI<THUY
            """)
    void vietnameseNamesLoseTheirMarks(String name, String expected) {
        assertThat(transliterate(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đặng Văn Đức  | DANG<VAN<DUC
            đặng văn đức  | DANG<VAN<DUC
            ĐĐ đđ         | DD<DD
            # Icelandic eth, typed for Đ by legacy keyboards
            Ðức Ðoan      | DUC<DOAN
            """)
    void dStrokeBecomesD(String name, String expected) {
        assertThat(transliterate(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Musterfrau-Gößinger | MUSTERFRAU<GOESSINGER
            Ærøskøbing          | AEROESKOEBING
            Æbelø               | AEBELOE
            Ørsted              | OERSTED
            Þórunn Guðrún       | THORUNN<GUDRUN
            Œuvray              | OEUVRAY
            Straße STRAẞE       | STRASSE<STRASSE
            Müller Bäcker       | MUELLER<BAECKER
            Ångström            | AANGSTROEM
            Ŀluís Paŀlàs        | LLUIS<PALLAS
            Ħamrun              | HAMRUN
            Kırıkkale           | KIRIKKALE
            İzmir               | IZMIR
            Łukasz Wałęsa       | LUKASZ<WALESA
            Ŋoma                | NOMA
            Ŧeahkka             | TEAHKKA
            Ĳsselmeer           | IJSSELMEER
            Peña Muñoz          | PENA<MUNOZ
            François Çelik      | FRANCOIS<CELIK
            Ștefan Țuțea        | STEFAN<TUTEA
            Dvořák Jiří         | DVORAK<JIRI
            """)
    void otherLatinLettersFollowTheDoc9303Table(String name, String expected) {
        assertThat(transliterate(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            D'Artagnan            | DARTAGNAN
            O’Brien               | OBRIEN
            Hawaiʻi Kaʼahumanu    | HAWAII<KAAHUMANU
            Marie-Élise           | MARIE<ELISE
            Nguyễn – Văn—An       | NGUYEN<VAN<AN
            "Smith, John"         | SMITH<JOHN
            "Smith ,, - John"     | SMITH<JOHN
            J. R. R. Tolkien      | J<R<R<TOLKIEN
            Nguyễn Văn An 2       | NGUYEN<VAN<AN
            """)
    void punctuationIsDroppedOrBecomesAFiller(String name, String expected) {
        assertThat(transliterate(name)).isEqualTo(expected);
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertThat(transliterate("Ngu\u00ADyễn\u200B Văn\uFEFF")).isEqualTo("NGUYEN<VAN");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  Nguyễn   Thị  Thuý Hằng ",
        "\tNguyễn\t\tThị\u00A0Thuý\u202FHằng\n",
        "-Nguyễn--Thị Thuý Hằng-",
        ", Nguyễn ,Thị Thuý Hằng ,"
    })
    void fillersAreNeverLeadingTrailingOrDouble(String name) {
        assertThat(transliterate(name)).isEqualTo("NGUYEN<THI<THUY<HANG");
    }

    static Stream<Arguments> spellingsOfOneName() {
        return Stream.of(
                Arguments.of("Lê Hoà Bình", "Lê Hòa Bình"),
                Arguments.of("Nguyễn Thị Thuý Hằng", "Nguyễn Thị Thúy Hằng"),
                Arguments.of("Phạm Văn Khoẻ", "Phạm Văn Khỏe"),
                Arguments.of("Trần Thị Hoè", "Trần Thị Hòe"),
                Arguments.of("Trương Thị Ánh Nguyệt", "Trương Thị Ánh Nguyệt"),
                Arguments.of("Đỗ Quý Đôn", "Đỗ Quý Đôn"),
                Arguments.of("Musterfrau-Gößinger", "Musterfrau-Gößinger"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("spellingsOfOneName")
    void nfdNfcAndTonePlacementGiveTheSameOutput(String name, String otherPlacement) {
        String expected = transliterate(name);

        assertThat(transliterate(nfd(name))).isEqualTo(expected);
        assertThat(transliterate(otherPlacement)).isEqualTo(expected);
        assertThat(transliterate(nfd(otherPlacement))).isEqualTo(expected);
        assertThat(transliterate(name.toUpperCase(Locale.ROOT))).isEqualTo(expected);
    }

    @Test
    void longNameIsCutAtTheDccMaximum() {
        String name = "Nguyễn Thị Thuý Hằng ".repeat(6);

        String transliterated = transliterate(name);

        assertThat(transliterated).hasSize(DCC_MAX_LENGTH).matches(DCC_PATTERN)
                .startsWith("NGUYEN<THI<THUY<HANG<NGUYEN<");
    }

    @Test
    void cutThatEndsOnAFillerDropsIt() {
        // 79 letters, then a space: the 80th character would be a filler.
        String name = "A".repeat(79) + " Bình";

        assertThat(transliterate(name)).isEqualTo("A".repeat(79));
    }

    @Test
    void cutMayFallInsideASpelledOutLetter() {
        String name = "A".repeat(79) + "Æ";

        assertThat(transliterate(name)).isEqualTo("A".repeat(79) + "A");
    }

    @Test
    void nameWithoutLettersIsEmpty() {
        assertThat(transliterate("")).isEmpty();
        assertThat(transliterate(" - ' , ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Иван", "Γιώργος", "王", "Nguyễn Иван"})
    void lettersOfOtherScriptsAreRejectedNotDropped(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> transliterate(name))
                .withMessageContaining("no ICAO Doc 9303 Latin transliteration");
    }

    @Test
    void everyReferenceNameFitsTheDccSchema() {
        for (String fullName : ReferenceGivenNames.fullNames()) {
            String transliterated = transliterate(fullName);

            assertThat(transliterated).as(fullName)
                    .matches(DCC_PATTERN)
                    .doesNotStartWith("<").doesNotEndWith("<").doesNotContain("<<")
                    .hasSizeLessThanOrEqualTo(DCC_MAX_LENGTH)
                    .isEqualTo(transliterate(nfd(fullName)));
            assertThat(transliterated.split("<")).as(fullName).hasSize(fullName.split(" ").length);
        }
    }

    @Test
    void everyReferenceNameKeepsItsDiacriticsFreeLetters() {
        for (String fullName : ReferenceGivenNames.fullNames()) {
            String key = VietnameseNameCanonicalizer.diacriticsFreeKey(fullName);

            assertThat(transliterate(fullName)).as(fullName).isEqualTo(key.replace(' ', '<'));
        }
    }
}
