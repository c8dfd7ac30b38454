package vn.vaxpass.vaccination;

import vn.vaxpass.csv.CsvFormat;
import vn.vaxpass.csv.CsvRow;

import vn.vaxpass.subject.SubjectData;
/** The subjects CSV as clerks export it: {@code subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code}. */
public final class SubjectsFile {

    public static final CsvFormat FORMAT = CsvFormat.withHeader(
            "subject_id", "full_name", "date_of_birth", "gender", "id_number", "phone", "commune_code");

    private SubjectsFile() {
    }

    public static SubjectData subject(CsvRow row) {
        return new SubjectData(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(6));
    }
}
