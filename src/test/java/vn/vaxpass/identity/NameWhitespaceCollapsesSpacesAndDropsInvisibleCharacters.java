package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameWhitespaceCollapsesSpacesAndDropsInvisibleCharacters {

    @ParameterizedTest
    @ValueSource(strings = {
        "Lê Hòa Bình",
        "  Lê Hòa Bình  ",
        "Lê\t\tHòa\nBình",
        "Lê\u00A0Hòa\u2007Bình\u202F",
        "\u3000Lê Hòa\r\nBình",
        "Lê \u200BHòa\u00AD Bình\uFEFF"
    })
    void spacesCollapseAndInvisibleCharactersDisappear(String name) {
        assertThat(NameWhitespace.collapse(name)).isEqualTo("Lê Hòa Bình");
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Nguyễn Thị Thuý Hằng";

        assertThat(NameWhitespace.collapse(clean)).isSameAs(clean);
    }

    @Test
    void noBreakSpacesAreSpaces() {
        assertThat(NameWhitespace.isSpace('\u00A0')).isTrue();
        assertThat(NameWhitespace.isSpace('\u202F')).isTrue();
        assertThat(NameWhitespace.isSpace('-')).isFalse();
    }

    @Test
    void blankTextCollapsesToEmpty() {
        assertThat(NameWhitespace.collapse(" \t\u00A0\u200B ")).isEmpty();
    }
}
