package vn.vaxpass.certificate.uvci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Luhn mod N's guarantees, checked exhaustively over whole UVCIs (prefix included): every single-character
 * substitution is caught; every adjacent transposition is caught except the one Luhn cannot see, the first and
 * last code points swapped ({@code A:} and {@code :A}), like 09/90 in Luhn mod 10.
 */
class UvciChecksumDetectsTypingErrors {

    static List<String> uvcis() {
        List<String> uvcis = new ArrayList<>();
        uvcis.add(UvciChecksumMatchesPublishedExamples.FAQ_EXAMPLE);
        UvciFormatter vietnam = new UvciFormatter(true);
        uvcis.add(vietnam.format("0123456789ABCDEF0123456789ABCDEF").value());
        uvcis.add(vietnam.format(UUID.nameUUIDFromBytes(new byte[] {1}).toString().replace("-", "").toUpperCase()).value());
        uvcis.add(vietnam.format("HCM/2021/A:B:9/Z").value());
        return uvcis;
    }

    @ParameterizedTest
    @MethodSource("uvcis")
    void everySingleSubstitutionIsCaught(String uvci) {
        assertThat(UvciChecksum.verify(uvci)).as("the unaltered UVCI").isTrue();
        for (int position = 0; position < uvci.length(); position++) {
            if (uvci.charAt(position) == Uvci.CHECKSUM_DELIMITER) {
                continue;
            }
            for (char replacement : UvciChecksum.CODE_POINTS.toCharArray()) {
                if (replacement != uvci.charAt(position)) {
                    String altered = replace(uvci, position, replacement);
                    assertThat(UvciChecksum.verify(altered)).as(altered).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("uvcis")
    void everyAdjacentTranspositionInTheUvciIsCaught(String uvci) {
        String text = uvci.substring(0, uvci.length() - 2);
        for (int position = 0; position + 1 < text.length(); position++) {
            char left = text.charAt(position);
            char right = text.charAt(position + 1);
            if (left != right) {
                String altered = replace(replace(uvci, position, right), position + 1, left);
                assertThat(UvciChecksum.verify(altered)).as(altered).isEqualTo(isLuhnBlindSpot(left, right));
            }
        }
    }

    /** All 38 x 37 ordered pairs, at both parities (the pair's right member doubled, or not). */
    @ParameterizedTest
    @MethodSource("uvcis")
    void everyPairOfCodePointsTransposedIsCaughtExceptTheBlindSpot(String uvci) {
        String text = uvci.substring(0, uvci.length() - 2);
        for (int position : new int[] {text.length() - 2, text.length() - 3}) {
            for (char left : UvciChecksum.CODE_POINTS.toCharArray()) {
                for (char right : UvciChecksum.CODE_POINTS.toCharArray()) {
                    if (left == right) {
                        continue;
                    }
                    String original = replace(replace(text, position, left), position + 1, right);
                    String swapped = replace(replace(text, position, right), position + 1, left);
                    char check = UvciChecksum.compute(original);
                    assertThat(UvciChecksum.verify(swapped, check)).as(original + " -> " + swapped)
                            .isEqualTo(isLuhnBlindSpot(left, right));
                }
            }
        }
    }

    /** In the VN form the blind spot can only sit at the field boundary, where the format catches it. */
    @Test
    void theBlindSpotAtTheCountryBoundaryIsCaughtByTheFormat() {
        String uvci = new UvciFormatter(true).format("A123456789ABCDEF0123456789ABCDEF").value();
        String swapped = uvci.replace("VN:A", "VNA:");
        assertThat(UvciChecksum.verify(swapped)).isTrue();
        assertThat(new UvciParser(true).parse(swapped).error()).contains(UvciError.INVALID_COUNTRY);
    }

    private static boolean isLuhnBlindSpot(char a, char b) {
        char first = UvciChecksum.CODE_POINTS.charAt(0);
        char last = UvciChecksum.CODE_POINTS.charAt(UvciChecksum.N - 1);
        return (a == first && b == last) || (a == last && b == first);
    }

    private static String replace(String s, int position, char c) {
        return s.substring(0, position) + c + s.substring(position + 1);
    }
}
