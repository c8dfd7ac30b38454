package vn.vaxpass.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes each subject's doses as the vaccination platform exports them: one to three, the first in Viet Nam's 2021
 * campaign, the second three to twelve weeks later, a booster (recorded 3/3, as the EU's guidance counts one) three to
 * nine months after that; at the facility of the commune the subject was registered in (its health station, code
 * {@code TYT} + the commune code); products as Viet Nam used them (AstraZeneca, Pfizer–BioNTech, Sinopharm, Moderna,
 * Sputnik V) with their EU value-set codes. A dose is never before the date of birth as written; a child gets its
 * first dose from age five or, for the youngest, six months after birth. Draws from a random of its own, so that the
 * other files do not change with it.
 */
final class DoseGenerator {

    static final String[] HEADER = {"subject_id", "dose_number", "total_doses", "vaccinated_on", "product",
        "manufacturer", "prophylaxis", "lot", "facility_code"};

    /** The commune health station's facility code: {@code TYT} and the commune code. */
    static final String FACILITY_PREFIX = "TYT";

    /** Viet Nam's first dose: 8 March 2021. */
    static final LocalDate CAMPAIGN_START = LocalDate.of(2021, 3, 8);
    /** Most first doses were given before the end of 2021. */
    static final LocalDate FIRST_DOSES_UNTIL = LocalDate.of(2021, 12, 31);

    private static final int CHILDREN_FROM_AGE = 5;
    private static final int YOUNGEST_FROM_MONTHS = 6;
    private static final int SECOND_DOSE_AFTER_DAYS = 21;
    private static final int SECOND_DOSE_SPREAD_DAYS = 63;
    private static final int BOOSTER_AFTER_DAYS = 90;
    private static final int BOOSTER_SPREAD_DAYS = 180;
    private static final int PRIMARY_SERIES = 2;
    private static final int BOOSTER = 3;
    /** Shares of subjects with one, two and three doses. */
    private static final double[] DOSE_COUNTS = {0.15, 0.50, 0.35};
    private static final int LOT_DIGITS = 4;
    /** The DCC's vaccine-prophylaxis code of the record example in the README, for every product. */
    private static final String PROPHYLAXIS = "J07BX03";

    /** A product with its EU value-set codes and how its lot numbers look. */
    private record Product(String code, String manufacturer, String lotPrefix) {
    }

    private static final Product[] PRODUCTS = {
        new Product("EU/1/21/1529", "ORG-100001699", "ABV"),           // Vaxzevria, AstraZeneca
        new Product("EU/1/20/1528", "ORG-100030215", "FF"),            // Comirnaty, Pfizer–BioNTech
        new Product("BBIBP-CorV", "ORG-100020693", "2021"),            // Sinopharm
        new Product("EU/1/20/1507", "ORG-100031184", "3002"),          // Spikevax, Moderna
        new Product("Sputnik-V", "Gamaleya-Research-Institute", "II"), // Sputnik V
    };
    private static final double[] PRODUCT_SHARES = {0.40, 0.25, 0.20, 0.10, 0.05};

    private final WeightedSampler doseCount = new WeightedSampler(DOSE_COUNTS);
    private final WeightedSampler product = new WeightedSampler(PRODUCT_SHARES);
    private final SplittableRandom random;
    private final CsvWriter out;
    private long doses;

    DoseGenerator(SplittableRandom random, CsvWriter out) {
        this.random = random;
        this.out = out;
    }

    /**
     * @param birth the date of birth as written ({@link BirthDate}, packed; a year alone counts from 1 January)
     */
    void write(String subjectId, int birth, String communeCode) {
        int count = 1 + doseCount.sample(random);
        LocalDate day = firstDay(birth);
        Product primary = PRODUCTS[product.sample(random)];
        String facility = FACILITY_PREFIX + communeCode;
        for (int number = 1; number <= count; number++) {
            if (number == 2) {
                day = day.plusDays(SECOND_DOSE_AFTER_DAYS + random.nextInt(SECOND_DOSE_SPREAD_DAYS));
            } else if (number == BOOSTER) {
                day = day.plusDays(BOOSTER_AFTER_DAYS + random.nextInt(BOOSTER_SPREAD_DAYS));
            }
            Product given = number == BOOSTER ? PRODUCTS[product.sample(random)] : primary;
            out.field(subjectId)
                    .field(Integer.toString(number))
                    .field(Integer.toString(number == BOOSTER ? BOOSTER : PRIMARY_SERIES))
                    .field(day.toString())
                    .field(given.code())
                    .field(given.manufacturer())
                    .field(PROPHYLAXIS)
                    .field(given.lotPrefix() + Provinces.zeroPadded(random.nextInt(10_000), LOT_DIGITS))
                    .field(facility)
                    .endRow();
            doses++;
        }
    }

    /** Doses written so far. */
    long doses() {
        return doses;
    }

    private LocalDate firstDay(int birth) {
        LocalDate born = BirthDate.isYearOnly(birth) ? LocalDate.of(BirthDate.year(birth), 1, 1)
                : LocalDate.of(BirthDate.year(birth), BirthDate.month(birth), BirthDate.day(birth));
        LocalDate fiveYearsOld = born.plusYears(CHILDREN_FROM_AGE);
        LocalDate earliest = fiveYearsOld.isAfter(FIRST_DOSES_UNTIL) ? born.plusMonths(YOUNGEST_FROM_MONTHS)
                : fiveYearsOld;
        LocalDate from = earliest.isAfter(CAMPAIGN_START) ? earliest : CAMPAIGN_START;
        LocalDate until = from.isAfter(FIRST_DOSES_UNTIL) ? from : FIRST_DOSES_UNTIL;
        return from.plusDays(random.nextLong(until.toEpochDay() - from.toEpochDay() + 1));
    }
}
