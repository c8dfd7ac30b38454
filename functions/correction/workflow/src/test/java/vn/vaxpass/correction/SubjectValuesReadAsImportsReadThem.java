package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.shared.FieldError;

class SubjectValuesReadAsImportsReadThem {

    @Test
    void valuesAreStoredInOneForm() {
        SubjectValues.Checked checked = new SubjectValues("  Đặng   Thị  Hòa ", "07/03/1985", "Nữ", "001 187 054 321")
                .checked();
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.values()).isEqualTo(new SubjectValues("Đặng Thị Hòa", "1985-03-07", "F", "001187054321"));
    }

    @Test
    void namesOfEthnicMinoritiesAndSingleWordNamesAreNames() {
        for (String name : new String[] {"H'Hen Niê", "Y Moan Êban", "Pó", "Nay H’Lan"}) {
            assertThat(new SubjectValues(name, null, null, null).checked().isValid()).as(name).isTrue();
        }
    }

    @Test
    void eachInvalidFieldHasItsOwnCode() {
        SubjectValues.Checked checked = new SubjectValues("Nguyễn 3", "31/02/1990", "X", "12AB").checked();
        assertThat(checked.errors()).extracting(FieldError::code).containsExactly(SubjectValues.INVALID_FULL_NAME,
                SubjectValues.INVALID_DATE_OF_BIRTH, SubjectValues.INVALID_GENDER, SubjectValues.INVALID_ID_NUMBER);
    }

    @Test
    void aNameLongerThanANameIsRefused() {
        assertThat(new SubjectValues("A".repeat(SubjectValues.MAX_NAME_LENGTH + 1), null, null, null).checked()
                .isValid()).isFalse();
    }

    @Test
    void fieldsLeftOutKeepTheSubjectsOwn() {
        var subject = new vn.vaxpass.subject.SubjectData("S-1", "Dang Thi Hoa", "1987-11-02", "F", null, "00001");
        assertThat(new SubjectValues(null, null, null, "001187054321").applyTo(subject))
                .isEqualTo(new vn.vaxpass.subject.SubjectData("S-1", "Dang Thi Hoa", "1987-11-02", "F",
                        "001187054321", "00001"));
    }
}
