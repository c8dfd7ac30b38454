package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdNumberDifferenceTellsTypingErrors {

    private static final String NUMBER = "079085123456";

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            079085123456 | 079085123456 | IDENTICAL
            025123456    | 025123456    | IDENTICAL
            ''           | ''           | IDENTICAL
            079085123456 | 079085123457 | ONE_SUBSTITUTION
            079085123456 | 179085123456 | ONE_SUBSTITUTION
            025123456    | 025128456    | ONE_SUBSTITUTION
            079085123456 | 079085213456 | ADJACENT_TRANSPOSITION
            079085123456 | 709085123456 | ADJACENT_TRANSPOSITION
            079085123456 | 079085123465 | ADJACENT_TRANSPOSITION
            025123456    | 025123465    | ADJACENT_TRANSPOSITION
            079085123456 | 079085321456 | DIFFERENT
            079085123456 | 079085123400 | DIFFERENT
            079085123456 | 079085124356 | ADJACENT_TRANSPOSITION
            079085123456 | 079085124365 | DIFFERENT
            079085123456 | 079085223456 | ONE_SUBSTITUTION
            079085123456 | 079085213465 | DIFFERENT
            079085123456 | 79085123456  | DIFFERENT
            079085123456 | 0790851234567| DIFFERENT
            079085123456 | 025123456    | DIFFERENT
            079085123456 | 079085122456 | ONE_SUBSTITUTION
            079085123456 | 079085132456 | ADJACENT_TRANSPOSITION
            079085123456 | 079085133456 | ONE_SUBSTITUTION
            """)
    void differencesAreNamed(String a, String b, IdNumberDifference expected) {
        assertThat(IdNumber.difference(a, b)).isEqualTo(expected);
        assertThat(IdNumber.difference(b, a)).as("symmetric").isEqualTo(expected);
    }

    static Stream<Integer> positions() {
        return IntStream.range(0, NUMBER.length()).boxed();
    }

    @ParameterizedTest(name = "position {0}")
    @MethodSource("positions")
    void everyOtherDigitAtAnyPositionIsOneSubstitution(int position) {
        for (char digit = '0'; digit <= '9'; digit++) {
            char[] typed = NUMBER.toCharArray();
            typed[position] = digit;
            IdNumberDifference expected = digit == NUMBER.charAt(position)
                    ? IdNumberDifference.IDENTICAL
                    : IdNumberDifference.ONE_SUBSTITUTION;

            assertThat(IdNumber.difference(NUMBER, new String(typed))).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "positions {0} and next")
    @MethodSource("positions")
    void swappingNeighboursAnywhereIsATransposition(int position) {
        if (position + 1 == NUMBER.length()) {
            return;
        }
        char[] typed = NUMBER.toCharArray();
        typed[position] = NUMBER.charAt(position + 1);
        typed[position + 1] = NUMBER.charAt(position);
        // 079085123456 has no equal neighbours, so every swap changes it.
        assertThat(IdNumber.difference(NUMBER, new String(typed))).isEqualTo(IdNumberDifference.ADJACENT_TRANSPOSITION);
    }

    @ParameterizedTest(name = "positions {0} and two further")
    @MethodSource("positions")
    void swappingDigitsFurtherApartIsDifferent(int position) {
        if (position + 2 >= NUMBER.length() || NUMBER.charAt(position) == NUMBER.charAt(position + 2)) {
            return;
        }
        char[] typed = NUMBER.toCharArray();
        typed[position] = NUMBER.charAt(position + 2);
        typed[position + 2] = NUMBER.charAt(position);

        assertThat(IdNumber.difference(NUMBER, new String(typed))).isEqualTo(IdNumberDifference.DIFFERENT);
    }
}
