package vn.vaxpass.certificate;

import java.util.ArrayList;
import java.util.List;

/** Builds vaccination records for tests: a valid two-dose Comirnaty record unless told otherwise. */
public final class RecordFixture {

    private String fullName = "Đặng Văn Đức";
    private String dateOfBirth = "1985-03-07";
    private final List<VaccinationRecord.Dose> doses = new ArrayList<>();

    public static RecordFixture aRecord() {
        return new RecordFixture()
                .withDose(dose(1, 2, "2021-08-10"))
                .withDose(dose(2, 2, "2021-09-14"));
    }

    public static VaccinationRecord.Dose dose(int number, int total, String date) {
        return new VaccinationRecord.Dose(number, total, date, "EU/1/20/1528", "ORG-100030215", "J07BX03", "VN",
                "Ministry of Health of Viet Nam");
    }

    public RecordFixture named(String name) {
        this.fullName = name;
        return this;
    }

    public RecordFixture bornOn(String date) {
        this.dateOfBirth = date;
        return this;
    }

    public RecordFixture withDose(VaccinationRecord.Dose dose) {
        doses.add(dose);
        return this;
    }

    public RecordFixture withoutDoses() {
        doses.clear();
        return this;
    }

    public VaccinationRecord build() {
        return new VaccinationRecord(fullName, dateOfBirth, doses);
    }
}
