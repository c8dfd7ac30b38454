package vn.vaxpass.synthetic;

import java.util.SplittableRandom;
import vn.vaxpass.identity.VietnameseNameCanonicalizer;

/**
 * Applies one {@link Corruption} to a subject being written. A mistake that cannot apply to this subject (no leading
 * zero to lose, a day above 12 to swap, a one-person household) or that would leave the record saying the same thing
 * returns false and changes nothing, so the caller can draw another.
 */
final class SubjectMistakes {

    private static final int TYPO_TRIES = 5;
    private static final int EARLIEST_YEAR = 1900;
    /** Clerks who know only the year of birth usually write the first of January. */
    private static final double FIRST_OF_JANUARY = 0.7;

    private final Registry registry;
    private final Provinces provinces;

    SubjectMistakes(Registry registry, Provinces provinces) {
        this.registry = registry;
        this.provinces = provinces;
    }

    boolean apply(Corruption corruption, SubjectDraft draft, SplittableRandom random) {
        boolean applied = switch (corruption) {
            case NOT_IN_REGISTRY -> false;
            case ID_MISSING -> {
                draft.idNumber = "";
                draft.variations.remove(Variation.ID_OLD_NUMBER);
                yield true;
            }
            case ID_EXCEL_LOST_LEADING_ZEROS -> setId(draft, IdNumberMistakes.lostLeadingZeros(draft.idNumber));
            case ID_EXCEL_SCIENTIFIC_NOTATION ->
                    setId(draft, IdNumberMistakes.scientificNotation(draft.idNumber, random));
            case ID_LETTER_O_FOR_ZERO -> setId(draft, IdNumberMistakes.letterOForZero(draft.idNumber, random));
            case ID_EXTRA_DIGIT -> setId(draft, IdNumberMistakes.extraDigit(draft.idNumber, random));
            case ID_DIGIT_DROPPED -> setId(draft, IdNumberMistakes.digitDropped(draft.idNumber, random));
            case ID_UNKNOWN_PROVINCE_PREFIX ->
                    setId(draft, IdNumberMistakes.unknownProvincePrefix(draft.idNumber, provinces, random));
            case ID_ONE_DIGIT_CHANGED ->
                    setId(draft, IdNumberMistakes.oneDigitChanged(draft.idNumber, registry, provinces, random));
            case ID_OF_HOUSEHOLD_MEMBER -> householdMembersId(draft, random);
            case ID_OF_TWIN -> twinsId(draft);
            case NAME_WITHOUT_DIACRITICS -> setName(draft, NameMistakes.withoutDiacritics(draft.name));
            case NAME_TYPO -> typo(draft, random);
            case NAME_TELEX_LEFTOVERS -> setName(draft, NameMistakes.inputMethodLeftovers(draft.name, true, random));
            case NAME_VNI_LEFTOVERS -> setName(draft, NameMistakes.inputMethodLeftovers(draft.name, false, random));
            case NAME_LEGACY_VNI -> setName(draft, LegacyFonts.vni(draft.name));
            case NAME_LEGACY_TCVN3 -> setName(draft, LegacyFonts.tcvn3(draft.name));
            case NAME_GIVEN_NAME_FIRST -> setName(draft,
                    NameMistakes.otherOrder(draft.name, draft.person >= 0 && registry.hasMinorityName(draft.person)));
            case NAME_APOSTROPHE_CHANGED -> setName(draft, NameMistakes.apostropheChanged(draft.name, random));
            case NAME_MIDDLE_NAME_MISSING -> setName(draft, NameMistakes.withoutMiddleName(draft.name, random));
            case DOB_DAY_MONTH_SWAPPED -> dayMonthSwapped(draft);
            case DOB_WRONG_YEAR -> wrongYear(draft, random);
            case DOB_YEAR_ONLY_FOR_FULL_DATE -> {
                if (BirthDate.isYearOnly(draft.birth)) {
                    yield false;
                }
                draft.birth = BirthDate.yearOnly(BirthDate.year(draft.birth));
                yield true;
            }
            case DOB_FULL_DATE_FOR_YEAR_ONLY -> {
                if (!BirthDate.isYearOnly(draft.birth)) {
                    yield false;
                }
                int year = BirthDate.year(draft.birth);
                draft.birth = random.nextDouble() < FIRST_OF_JANUARY
                        ? BirthDate.of(year, 1, 1) : BirthDate.randomDayOf(year, random);
                yield true;
            }
            case GENDER_WRONG -> {
                draft.female = !draft.female;
                yield true;
            }
        };
        if (applied) {
            draft.corruptions.add(corruption);
        }
        return applied;
    }

    private static boolean setId(SubjectDraft draft, String written) {
        if (written == null || written.equals(draft.idNumber)) {
            return false;
        }
        draft.idNumber = written;
        return true;
    }

    private boolean householdMembersId(SubjectDraft draft, SplittableRandom random) {
        if (draft.person < 0 || registry.householdSize(draft.person) < 2) {
            return false;
        }
        int size = registry.householdSize(draft.person);
        int start = registry.householdStart(draft.person);
        int member = start + random.nextInt(size - 1);
        if (member >= draft.person) {
            member++;
        }
        draft.idNumber = IdNumbers.format(registry.idNumber(member));
        draft.variations.remove(Variation.ID_OLD_NUMBER);
        return true;
    }

    private boolean twinsId(SubjectDraft draft) {
        int twin = draft.person < 0 ? -1 : registry.twinOf(draft.person);
        if (twin < 0) {
            return false;
        }
        draft.idNumber = IdNumbers.format(registry.idNumber(twin));
        draft.variations.remove(Variation.ID_OLD_NUMBER);
        return true;
    }

    /** A new name only counts if it is another name, not another spelling of the same. */
    private static boolean setName(SubjectDraft draft, String written) {
        if (VietnameseNameCanonicalizer.canonicalForm(written)
                .equals(VietnameseNameCanonicalizer.canonicalForm(draft.name))) {
            return false;
        }
        draft.name = written;
        return true;
    }

    private static boolean typo(SubjectDraft draft, SplittableRandom random) {
        for (int i = 0; i < TYPO_TRIES; i++) {
            if (setName(draft, NameMistakes.typo(draft.name, random))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dayMonthSwapped(SubjectDraft draft) {
        int birth = draft.birth;
        int day = BirthDate.day(birth);
        int month = BirthDate.month(birth);
        if (BirthDate.isYearOnly(birth) || day > 12 || day == month) {
            return false;
        }
        draft.birth = BirthDate.of(BirthDate.year(birth), day, month);
        return true;
    }

    /** A neighbouring year, a decade off, or the last two digits swapped; always a real date. */
    private static boolean wrongYear(SubjectDraft draft, SplittableRandom random) {
        int year = BirthDate.year(draft.birth);
        int other = switch (random.nextInt(4)) {
            case 0 -> year + 1;
            case 1 -> year - 1;
            case 2 -> year + (random.nextBoolean() ? 10 : -10);
            default -> year / 100 * 100 + year % 10 * 10 + year / 10 % 10;
        };
        if (other == year || other < EARLIEST_YEAR || other > PersonFactory.REFERENCE_YEAR) {
            other = year - 1;
        }
        if (BirthDate.isYearOnly(draft.birth)) {
            draft.birth = BirthDate.yearOnly(other);
            return true;
        }
        int month = BirthDate.month(draft.birth);
        int day = BirthDate.day(draft.birth);
        if (!BirthDate.isValid(other, month, day)) {
            return false;
        }
        draft.birth = BirthDate.of(other, month, day);
        return true;
    }
}
