package vn.vaxpass.matching;

import vn.vaxpass.identity.BirthDate;

/**
 * Compares dates of birth. EXACT: the same value (a year alone equals only the same year alone).
 * CLOSE: day and month swapped, or a year alone against a full date of that year. PARTIAL: one part off
 * (another day of the same month, or the same day and month in a year one digit away).
 */
final class BirthDateComparison {

    private BirthDateComparison() {
    }

    static Agreement compare(BirthDate subject, BirthDate person) {
        if (subject == null || person == null) {
            return Agreement.NONE;
        }
        if (subject.equals(person)) {
            return Agreement.EXACT;
        }
        if (subject.isYearOnly() || person.isYearOnly()) {
            return subject.year() == person.year() ? Agreement.CLOSE : Agreement.NONE;
        }
        int sd = subject.day().getAsInt();
        int sm = subject.month().getAsInt();
        int pd = person.day().getAsInt();
        int pm = person.month().getAsInt();
        if (subject.year() == person.year() && sd == pm && sm == pd) {
            return Agreement.CLOSE;
        }
        if (subject.year() == person.year() && sm == pm) {
            return Agreement.PARTIAL;
        }
        if (sd == pd && sm == pm && oneDigitApart(subject.year(), person.year())) {
            return Agreement.PARTIAL;
        }
        return Agreement.NONE;
    }

    private static boolean oneDigitApart(int a, int b) {
        String x = Integer.toString(a);
        String y = Integer.toString(b);
        if (x.length() != y.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }
}
