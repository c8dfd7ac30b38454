package vn.vaxpass.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.shared.FieldError;

/** A proposed name longer than any name is refused before a check compares it (issue 14's bad-input catalogue). */
class ProposedValuesBoundTheNameTheyCompare {

    @Test
    void refusesANameLongerThanTheLimit() {
        ProposedValues proposed = new ProposedValues("A".repeat(ProposedValues.MAX_NAME_LENGTH + 1), null, null, null);
        assertThat(proposed.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("proposed.fullName", "INVALID_FULL_NAME"));
    }

    @Test
    void takesANameOfTheLimit() {
        assertThat(new ProposedValues("A".repeat(ProposedValues.MAX_NAME_LENGTH), null, null, null).errors()).isEmpty();
    }
}
