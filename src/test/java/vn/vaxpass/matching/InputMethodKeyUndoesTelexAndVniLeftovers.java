package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys typed for tone and vowel marks (Telex letters, VNI digits) are undone, and nothing else changes. */
class InputMethodKeyUndoesTelexAndVniLeftovers {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "NGUYEENX VAWN DDUWCS, NGUYEN VAN DUC",
        "NGUYE6N VA8N D9U7C1, NGUYEN VAN DUC",
        "6NGUYEN, NGUYEN",
        "1234, ''",
        "TRAANF THIJ HOAF, TRAN THI HOA",
        "LE VAN NAM, LE VAN NAM",
        "NGOC ANH, NGOC ANH",
        "S, S"
    })
    void undoesTheLeftovers(String asciiKey, String expected) {
        assertThat(NameComparison.inputMethodKey(asciiKey)).isEqualTo(expected);
    }
}
