package vn.vaxpass.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputMethodLeftoversKeepTheKeysTyped {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn | Nguyeenx | Nguye6n4
            Trần   | Traanf   | Tra6n2
            Đức    | Dduwcs   | D9u7c1
            Hương  | Huwowng  | Hu7o7ng
            Thị    | Thij     | Thi5
            Lắm    | Lawms    | La8m1
            Thủy   | Thuyr    | Thuy3
            Anh    | Anh      | Anh
            """)
    void telexAndVniKeysStayInTheWord(String word, String telex, String vni) {
        assertThat(InputMethodLeftovers.telex(word)).isEqualTo(telex);
        assertThat(InputMethodLeftovers.vni(word)).isEqualTo(vni);
        assertThat(InputMethodLeftovers.hasDiacritics(word)).isEqualTo(!word.equals(telex));
    }
}
