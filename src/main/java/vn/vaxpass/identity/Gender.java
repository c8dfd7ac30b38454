package vn.vaxpass.identity;

/**
 * A person's gender as vaccination records and the population registry carry it: male or female, nothing else.
 */
public enum Gender {
    MALE,
    FEMALE;

    private static final ParseResult<Gender, GenderError> READ_MALE = ParseResult.valid(MALE);
    private static final ParseResult<Gender, GenderError> READ_FEMALE = ParseResult.valid(FEMALE);
    private static final ParseResult<Gender, GenderError> READ_MISSING = ParseResult.invalid(GenderError.MISSING);
    private static final ParseResult<Gender, GenderError> READ_UNRECOGNISED =
            ParseResult.invalid(GenderError.UNRECOGNISED);

    /**
     * Reads a gender field as clerks typed it:
     * <ul>
     *   <li>{@code M} and {@code F}, and the Vietnamese words {@code Nam} (male) and {@code Nữ} (female);</li>
     *   <li>in any letter case, in NFC or NFD, with white space around (no-break spaces included);</li>
     *   <li>with diacritics ignored, so {@code Nữ} is also read without them or with only one ({@code Nu},
     *       {@code Nư}, {@code Nũ}): exports to ASCII-only systems strip them, and in a gender field those letters
     *       have no other reading. (The same folding reads a stray mark on {@code Nam}, such as {@code Nám}, as
     *       male.)</li>
     * </ul>
     * Nothing else is guessed: English words, numeric codes (whose conventions differ: 0/1, 1/2) and "Khác" (other)
     * are {@link GenderError#UNRECOGNISED}. Returns shared results, so reading allocates nothing but the key.
     *
     * @param text the field as typed; may be null
     */
    public static ParseResult<Gender, GenderError> parse(String text) {
        if (text == null) {
            return READ_MISSING;
        }
        // The diacritics-free key folds case, NFC/NFD, every diacritic of "Nữ" and white space in one pass.
        return switch (VietnameseNameCanonicalizer.diacriticsFreeKey(text)) {
            case "" -> READ_MISSING;
            case "M", "NAM" -> READ_MALE;
            case "F", "NU" -> READ_FEMALE;
            default -> READ_UNRECOGNISED;
        };
    }
}
