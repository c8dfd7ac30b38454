package vn.vaxpass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScientificNotationStandsForEveryNumberThatRoundsToIt {

    /** A spreadsheet's display: {@code significant} digits, rounded half up, trailing zeros of the mantissa dropped. */
    private static String asSpreadsheetShows(long number, int significant, char decimalSeparator) {
        BigDecimal rounded = new BigDecimal(number).round(new MathContext(significant, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return mantissa.replace('.', decimalSeparator) + String.format("E+%02d", exponent);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            7.91E+10          | 79050000000 | 79149999999
            7,91E+10          | 79050000000 | 79149999999
            7.91e10           | 79050000000 | 79149999999
            1E+11             | 50000000000 | 149999999999
            7.9085123456E+10  | 79085123456 | 79085123456
            79085123456E+00   | 79085123456 | 79085123456
            7.908512345600E+10| 79085123456 | 79085123456
            1.5E+1            | 15          | 15
            """)
    void readsTheRangeOfWholeNumbers(String text, long lowest, long highest) {
        assertThat(ScientificNotation.read(text)).isEqualTo(new ScientificNotation.Range(lowest, highest));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "E", "7.91", "791", "7.91E", "7.91E+", "7.91E-1", "7.91E+12", "1.5E+0", "0.0E+5",
        "7..9E+10", ",79E+10", "7.9E+1x", "x7.9E+10", "1234567890123456789E+0"})
    void readsNothingElse(String text) {
        assertThat(ScientificNotation.read(text)).isNull();
    }

    @Test
    void everyShownNumberLiesInItsRange() {
        Random random = new Random(20220101);
        for (int i = 0; i < 20_000; i++) {
            long number = 1_000_000L + (long) (random.nextDouble() * 99_000_000_000L);
            int significant = 1 + random.nextInt(15);
            String shown = asSpreadsheetShows(number, significant, random.nextBoolean() ? '.' : ',');

            ScientificNotation.Range range = ScientificNotation.read(shown);

            assertThat(range).as(shown).isNotNull();
            assertThat(number).as(shown).isBetween(range.lowest(), range.highest());
            // Exact when every digit is shown; a dropped trailing zero of the mantissa cannot be told from rounding.
            long shownDigits = shown.substring(0, shown.indexOf('E')).chars().filter(Character::isDigit).count();
            assertThat(range.isExact()).as(shown).isEqualTo(shownDigits == Long.toString(number).length());
        }
    }

    @Test
    void everyDamagedValidNumberIsAmongItsRepairs() {
        Random random = new Random(43_000_000);
        var codes = ProvinceTableHoldsTheSixtyThreeBirthRegistrationCodes.CIRCULAR_07_ANNEX_I;
        for (int i = 0; i < 5_000; i++) {
            String number = codes.get(random.nextInt(codes.size()))
                    + String.format("%09d", (long) (random.nextDouble() * 1_000_000_000L));
            int significant = 1 + random.nextInt(15);
            String shown = asSpreadsheetShows(Long.parseLong(number), significant, '.');

            IdNumberReading reading = IdNumber.parse(shown);

            boolean found = reading.repairCandidates().contains(number)
                    || reading.repairRanges().stream().anyMatch(range -> range.contains(number));
            assertThat(found).as(number + " shown as " + shown + ": " + reading).isTrue();
        }
    }
}
