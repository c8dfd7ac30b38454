package vn.vaxpass.identity;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.identity.VietnameseNameCanonicalizer.canonicalForm;
import static vn.vaxpass.identity.VietnameseNameCanonicalizer.diacriticsFreeKey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseNameCanonicalizerMergesOnlySpellingsOfOneName {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # open oa/oe/uy syllables: the tone moves to the first vowel, all five tones
            hoà   | hòa
            hòa   | hòa
            hoá   | hóa
            hoả   | hỏa
            xoã   | xõa
            hoạ   | họa
            hoè   | hòe
            khoẻ  | khỏe
            khỏe  | khỏe
            xoè   | xòe
            thuý  | thúy
            thúy  | thúy
            thuỷ  | thủy
            tuỳ   | tùy
            luỹ   | lũy
            thuỵ  | thụy
            nguỵ  | ngụy
            # no initial consonant, and a three-letter one
            oà    | òa
            uỷ    | ủy
            nghoè | nghòe
            # qu and gi are consonants: their u and i carry no tone, the syllable is left alone
            quý   | quý
            quỳnh | quỳnh
            quỷ   | quỷ
            quà   | quà
            quá   | quá
            giá   | giá
            già   | già
            giữa  | giữa
            # a final consonant or vowel: both styles already agree
            hoàng | hoàng
            toán  | toán
            thuyết| thuyết
            huỳnh | huỳnh
            ngoài | ngoài
            khoái | khoái
            khuỷu | khuỷu
            xoắn  | xoắn
            # other vowel clusters are never moved
            mùa   | mùa
            mía   | mía
            mưa   | mưa
            thuở  | thuở
            huệ   | huệ
            nguyễn| nguyễn
            # foreign names are not Vietnamese syllables
            chloé | chloé
            zoé   | zoé
            """)
    void tonePlacementFollowsTheTable(String input, String expected) {
        assertThat(canonicalForm(input)).isEqualTo(expected);
        assertThat(canonicalForm(nfd(input))).isEqualTo(expected);
    }

    static Stream<Arguments> sameNameInBothPlacements() {
        return Stream.of(
                Arguments.of("Lê Hoà Bình", "Lê Hòa Bình"),
                Arguments.of("Nguyễn Thị Thuý Hằng", "Nguyễn Thị Thúy Hằng"),
                Arguments.of("Trần Thị Hoè", "Trần Thị Hòe"),
                Arguments.of("Phạm Văn Khoẻ", "Phạm Văn Khỏe"),
                Arguments.of("Đỗ Thị Thuỷ Tiên", "Đỗ Thị Thủy Tiên"),
                Arguments.of("Huỳnh Hoạ Mi", "Huỳnh Họa Mi"),
                Arguments.of("Võ Tuỳ Phong", "Võ Tùy Phong"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sameNameInBothPlacements")
    void oldAndNewTonePlacementsAreTheSameName(String onMainVowel, String onFirstVowel) {
        String expected = canonicalForm(onFirstVowel);

        assertThat(canonicalForm(onMainVowel)).isEqualTo(expected);
        assertThat(canonicalForm(nfd(onMainVowel))).isEqualTo(expected);
        assertThat(canonicalForm(nfd(onFirstVowel))).isEqualTo(expected);
    }

    @Test
    void firstVowelPlacementIsTheCanonicalOne() {
        assertThat(canonicalForm("Lê Hoà Bình")).isEqualTo("lê hòa bình");
        assertThat(canonicalForm("Nguyễn Thị Thuý Hằng")).isEqualTo("nguyễn thị thúy hằng");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NGUYỄN THỊ THUÝ HẰNG
            nguyễn thị thuý hằng
            Nguyễn thị Thuý HẰNG
            """)
    void caseIsFolded(String name) {
        assertThat(canonicalForm(name)).isEqualTo("nguyễn thị thúy hằng");
    }

    @ParameterizedTest
    @MethodSource("spacedVariants")
    void whiteSpaceIsCollapsedAndTrimmed(String name) {
        assertThat(canonicalForm(name)).isEqualTo("trương thị ánh nguyệt");
    }

    static Stream<String> spacedVariants() {
        return Stream.of(
                "Trương Thị Ánh Nguyệt",
                "  Trương   Thị Ánh Nguyệt  ",
                "Trương\tThị\t\tÁnh Nguyệt",
                "Trương\u00A0Thị\u202FÁnh\u2007Nguyệt",
                "\u3000Trương Thị\r\nÁnh Nguyệt\n",
                "Trương Thị \u200BÁnh Ngu\u00ADyệt\uFEFF");
    }

    @Test
    void outputIsNfc() {
        String canonical = canonicalForm(nfd("Đặng Văn Đức"));

        assertThat(canonical).isEqualTo("đặng văn đức");
        assertThat(Normalizer.isNormalized(canonical, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void ethTypedForDStrokeIsTheSameName() {
        assertThat(canonicalForm("\u00D0ức Hòa")).isEqualTo(canonicalForm("\u0110ức Hòa")).isEqualTo("đức hòa");
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # missing diacritics
            Nguyễn Văn An        | Nguyen Van An
            Lê Hòa Bình          | Le Hoa Binh
            Đặng Văn Đức         | Dặng Văn Dức
            # a different tone or vowel is a different name
            Thủy                 | Thùy
            Hòa                  | Hóa
            Hòa                  | Hoa
            Quý                  | Quy
            Hằng                 | Hăng
            # input-method leftovers (Telex, VNI) and typos
            Nguyễn Văn An        | Nguyeenx Văn An
            Nguyễn Văn An        | Nguye4n Văn An
            Nguyễn Văn An        | Nguyễn Văn Ân
            Nguyễn Văn An        | Ngyễn Văn An
            # a missing, extra or split word
            Nguyễn Văn An        | Nguyễn An
            Nguyễn An            | Nguyễn Văn An
            Trương Thị Ánh Nguyệt| Trương Thị ÁnhNguyệt
            Trương Thị Ánh Nguyệt| Trương-Thị Ánh Nguyệt
            """)
    void namesThatDifferInWritingStayDifferent(String name, String other) {
        assertThat(canonicalForm(name)).isNotEqualTo(canonicalForm(other));
    }

    @Test
    void canonicalFormIsIdempotent() {
        for (String name : ReferenceGivenNames.fullNames()) {
            String canonical = canonicalForm(name);
            assertThat(canonicalForm(canonical)).as(name).isEqualTo(canonical);
        }
    }

    @Test
    void referenceNamesAgreeInNfdAndUpperCase() {
        for (String name : ReferenceGivenNames.fullNames()) {
            String canonical = canonicalForm(name);
            assertThat(canonicalForm(nfd(name))).as(name).isEqualTo(canonical);
            assertThat(canonicalForm(name.toUpperCase(Locale.ROOT))).as(name).isEqualTo(canonical);
        }
    }

    @Test
    void referenceNamesMergeOnlyWhenTheyDifferInTonePlacement() {
        // Setting the source's eth aside, the only names of the lists that the canonical form merges are the
        // two spellings of one name.
        Map<String, Set<String>> byCanonicalForm = ReferenceGivenNames.all().stream()
                .map(name -> name.replace('\u00D0', '\u0110'))
                .distinct()
                .collect(groupingBy(VietnameseNameCanonicalizer::canonicalForm, toSet()));

        assertThat(byCanonicalForm.values())
                .filteredOn(names -> names.size() > 1)
                .containsExactly(Set.of("Hoạ Mi", "Họa Mi"));
    }

    @Test
    void referenceNamesAreCanonicalOnceLowerCasedExceptTheOneInMainVowelPlacement() {
        assertThat(ReferenceGivenNames.all())
                .filteredOn(name -> !canonicalForm(name).equals(name.toLowerCase(Locale.ROOT).replace('ð', 'đ')))
                .containsExactly("Hoạ Mi");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Thị Thuý Hằng   | NGUYEN THI THUY HANG
            Nguyễn Thị Thúy Hằng   | NGUYEN THI THUY HANG
            Trương Thị Ánh Nguyệt  | TRUONG THI ANH NGUYET
            Đặng Văn Đức           | DANG VAN DUC
            Ðức Hòa                | DUC HOA
            Đỗ Quý Đôn             | DO QUY DON
            Nguyen Van An          | NGUYEN VAN AN
            Søren Łukasz Straße    | SOREN LUKASZ STRASSE
            """)
    void diacriticsFreeKeyRemovesAllMarks(String name, String expected) {
        assertThat(diacriticsFreeKey(name)).isEqualTo(expected);
        assertThat(diacriticsFreeKey(nfd(name))).isEqualTo(expected);
    }

    @Test
    void diacriticsFreeKeyCollapsesWhiteSpace() {
        assertThat(diacriticsFreeKey("\t Lê\u00A0\u00A0Hoà  Bình ")).isEqualTo("LE HOA BINH");
    }

    @Test
    void diacriticsFreeKeyBringsMissingDiacriticsTogether() {
        assertThat(diacriticsFreeKey("Nguyễn Văn An")).isEqualTo(diacriticsFreeKey("NGUYEN VAN AN"));
    }

    @Test
    void blankNameHasEmptyForms() {
        assertThat(canonicalForm(" \u00A0\t")).isEmpty();
        assertThat(diacriticsFreeKey("")).isEmpty();
    }
}
