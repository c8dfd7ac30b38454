package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import vn.vaxpass.shared.FieldError;

class CodeRequestNamesEachUnreadableField {

    @Test
    void listsEveryFieldThatCannotBeRead() {
        InvalidLookupException refused = catchThrowableOfType(InvalidLookupException.class,
                () -> new CodeRequest("024 3823 4567", " ", "31/02/1985", "Khác").read());
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("phone", "NOT_A_MOBILE_NUMBER"),
                org.assertj.core.groups.Tuple.tuple("fullName", "MISSING"),
                org.assertj.core.groups.Tuple.tuple("dateOfBirth", "UNREADABLE_DATE"),
                org.assertj.core.groups.Tuple.tuple("gender", "UNRECOGNISED"));
    }

    @Test
    void quotesNoneOfWhatWasTyped() {
        InvalidLookupException refused = catchThrowableOfType(InvalidLookupException.class,
                () -> new CodeRequest("0977 12", "Đặng Văn Đức", "1985-13-01", null).read());
        assertThat(refused.errors()).allSatisfy(error -> assertThat(error.message())
                .doesNotContain("0977 12").doesNotContain("1985-13-01"));
    }

    @Test
    void leavesGenderOutWhenNotGiven() {
        assertThat(new CodeRequest("0912345678", "Đặng Văn Đức", "07/03/1985", "").read().gender()).isEmpty();
    }

    /**
     * The length is checked before the name is canonicalised (issue 14): 8 MB of spaces, which the canonical form
     * would reduce to nothing, is refused as too long, not read through and then called missing.
     */
    @Test
    void refusesAnOverlongNameByItsLengthBeforeReadingIt() {
        InvalidLookupException refused = catchThrowableOfType(InvalidLookupException.class,
                () -> new CodeRequest("0912345678", " ".repeat(8_000_000), "07/03/1985", null).read());
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fullName", "TOO_LONG"));
    }
}
