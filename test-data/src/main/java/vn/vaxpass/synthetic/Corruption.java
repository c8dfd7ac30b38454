package vn.vaxpass.synthetic;


/**
 * A mistake in what a clerk wrote, recorded in {@code truth.csv}: each changes what the record says, so a subject with
 * one is never VERIFIED (the status itself is computed from the written data, see {@link RegistryCheckContract}).
 */
public enum Corruption {
    /** Not in the registry at all (not a mistake of the clerk; true_id_number is empty). */
    NOT_IN_REGISTRY(Field.PERSON),
    /** No ID number. */
    ID_MISSING(Field.ID_NUMBER),
    /** A spreadsheet stored the number as a number and dropped its leading zeros: "79123456789". */
    ID_EXCEL_LOST_LEADING_ZEROS(Field.ID_NUMBER),
    /** A spreadsheet showed the number in scientific notation and that was copied: "7.91E+10". */
    ID_EXCEL_SCIENTIFIC_NOTATION(Field.ID_NUMBER),
    /** The letter O typed for the digit 0: "O79123456789". */
    ID_LETTER_O_FOR_ZERO(Field.ID_NUMBER),
    /** One digit typed twice or one too many: 13 (or 10) digits. */
    ID_EXTRA_DIGIT(Field.ID_NUMBER),
    /** One digit left out: 11 (or 8) digits. */
    ID_DIGIT_DROPPED(Field.ID_NUMBER),
    /** The first three digits are no province's code. */
    ID_UNKNOWN_PROVINCE_PREFIX(Field.ID_NUMBER),
    /** One digit changed, still well formed: usually nobody's number, sometimes another real person's. */
    ID_ONE_DIGIT_CHANGED(Field.ID_NUMBER),
    /** The number of another member of the household (a parent's number on a child's record). */
    ID_OF_HOUSEHOLD_MEMBER(Field.ID_NUMBER),
    /** The number of the person's twin (parents of twins mix up their children's numbers). */
    ID_OF_TWIN(Field.ID_NUMBER),
    /** All diacritics lost: "Nguyen Van An". */
    NAME_WITHOUT_DIACRITICS(Field.NAME),
    /** A letter dropped, doubled, swapped, mistyped, or a tone mark changed. */
    NAME_TYPO(Field.NAME),
    /** A word typed with the Telex input method switched off: "Nguyeenx". */
    NAME_TELEX_LEFTOVERS(Field.NAME),
    /** A word typed with the VNI input method switched off: "Nguye6n4". */
    NAME_VNI_LEFTOVERS(Field.NAME),
    /** A middle name left out: "Nguyễn Lan" for "Nguyễn Thị Lan". */
    NAME_MIDDLE_NAME_MISSING(Field.NAME),
    /** Typed with the legacy VNI-Times font, read as Windows-1252: "Nguyeãn Vaên Ñöùc" for "Nguyễn Văn Đức". */
    NAME_LEGACY_VNI(Field.NAME),
    /** Typed with a legacy TCVN3 (ABC) {@code .VnTime} font, read as Windows-1252: "NguyÔn V¨n §øc". */
    NAME_LEGACY_TCVN3(Field.NAME),
    /** Given names first, family name last, as on foreign forms: "Thị Lan Nguyễn"; or, for a name written given name
     * first, the family name moved to the front: "Niê H'Hen". */
    NAME_GIVEN_NAME_FIRST(Field.NAME),
    /** The apostrophe of a minority name dropped, or typed as a space or as another apostrophe: "H Hen Niê", "H’Hen Niê". */
    NAME_APOSTROPHE_CHANGED(Field.NAME),
    /** Day and month swapped (only where both are 12 or less and differ). */
    DOB_DAY_MONTH_SWAPPED(Field.DATE_OF_BIRTH),
    /** Another year: a neighbouring year, a decade off, or two digits swapped. */
    DOB_WRONG_YEAR(Field.DATE_OF_BIRTH),
    /** Only the year written where the registry has the full date. */
    DOB_YEAR_ONLY_FOR_FULL_DATE(Field.DATE_OF_BIRTH),
    /** A full date written (often 01/01) where the registry has only the year. */
    DOB_FULL_DATE_FOR_YEAR_ONLY(Field.DATE_OF_BIRTH),
    /** The other gender. */
    GENDER_WRONG(Field.GENDER);

    /** The written field a mistake is in; a subject has at most one mistake per field, so none undoes another. */
    enum Field {
        PERSON, ID_NUMBER, NAME, DATE_OF_BIRTH, GENDER
    }

    private final Field field;

    Corruption(Field field) {
        this.field = field;
    }

    Field field() {
        return field;
    }
}
