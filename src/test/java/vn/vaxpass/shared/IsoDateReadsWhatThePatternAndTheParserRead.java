package vn.vaxpass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IsoDate against what the record check used before: a pattern, then LocalDate.parse or Year.parse. */
class IsoDateReadsWhatThePatternAndTheParserRead {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-14", "2020-02-29", "2021-02-29", "2021-02-30", "2021-04-31", "2021-13-01", "2021-00-10",
            "2021-01-00", "2021-01-32", "0000-01-01", "9999-12-31", "1900-02-29", "2000-02-29", "2021-9-14", "2021-09-4",
            "21-09-14", "2021/09/14", "2021-09-14 ", " 2021-09-14", "2021-09-1a", "２０２１-09-14", "2021-٠٩-14", "+2021-09-14",
            "1985", "0000", "19851", "198", "198a", "", "-",  "2021-09-14T00:00"})
    void readsWhatThePatternAndTheParserRead(String text) {
        assertThat(IsoDate.parseFullDate(text)).isEqualTo(referenceDate(text));
        assertThat(IsoDate.parseYear(text)).isEqualTo(referenceYear(text));
    }

    @Test
    void readsEveryDigitPatternAsTheParserDoes() {
        Random random = new Random(8601);
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(100), random.nextInt(100));
            assertThat(IsoDate.parseFullDate(text)).as(text).isEqualTo(referenceDate(text));
        }
    }

    private static LocalDate referenceDate(String text) {
        try {
            return FULL_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Year referenceYear(String text) {
        return YEAR_ONLY.matcher(text).matches() ? Year.parse(text) : null;
    }
}
