package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.vaxpass.identity.BirthDate;

class SamePersonPolicyComparesAsClerksWrote {

    private static final SubjectCandidate RECORD = new SubjectCandidate("S-1", "Nguyễn Thị Thuý Hằng", "07/03/1985",
            "Nữ", "001 185 000 001", "0912.345.678");

    private static CitizenDetails asked(String phone, String name, String dob, String gender) {
        return new CodeRequest(phone, name, dob, gender).read();
    }

    @Test
    void matchesTheSameDetailsTypedDifferently() {
        assertThat(SamePersonPolicy.matchesDetails(asked("+84 912 345 678", "NGUYỄN THỊ THÚY HẰNG", "1985-03-07", null),
                RECORD)).isTrue();
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345678", "nguyễn  thị thuý hằng", "7/3/1985", "F"),
                RECORD)).isTrue();
    }

    @Test
    void refusesAnyDetailThatDiffers() {
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345679", "Nguyễn Thị Thuý Hằng", "07/03/1985", null),
                RECORD)).as("phone").isFalse();
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345678", "Nguyen Thi Thuy Hang", "07/03/1985", null),
                RECORD)).as("name without diacritics").isFalse();
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345678", "Nguyễn Thị Thuý Hằng", "03/07/1985", null),
                RECORD)).as("day and month swapped").isFalse();
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345678", "Nguyễn Thị Thuý Hằng", "07/03/1985", "Nam"),
                RECORD)).as("gender").isFalse();
    }

    @Test
    void aRecordWithOnlyTheYearAcceptsAnyDateOfThatYear() {
        SubjectCandidate yearOnly = new SubjectCandidate("S-2", "Trần Văn Ba", "1950", "Nam", null, "0987654321");
        assertThat(SamePersonPolicy.matchesDetails(asked("0987654321", "Trần Văn Ba", "12/05/1950", null), yearOnly))
                .isTrue();
        assertThat(SamePersonPolicy.matchesDetails(asked("0987654321", "Trần Văn Ba", "1951", null), yearOnly))
                .isFalse();
    }

    @Test
    void aFullDateOnRecordIsNotMatchedByItsYearAlone() {
        assertThat(SamePersonPolicy.matchesDetails(asked("0912345678", "Nguyễn Thị Thuý Hằng", "1985", null), RECORD))
                .isFalse();
    }

    @Test
    void matchesAnIdNumberWhateverItsFormatting() {
        BirthDate birth = BirthDate.parse("1985-03-07").orElseThrow();
        assertThat(SamePersonPolicy.matchesIdNumber("001185000001", birth, RECORD)).isTrue();
        assertThat(SamePersonPolicy.matchesIdNumber("001185000002", birth, RECORD)).isFalse();
        assertThat(SamePersonPolicy.matchesIdNumber("001185000001", BirthDate.parse("1986").orElseThrow(), RECORD))
                .isFalse();
    }
}
