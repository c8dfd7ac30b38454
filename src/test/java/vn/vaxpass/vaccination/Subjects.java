package vn.vaxpass.vaccination;

import java.util.List;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.ImportRun;

/** Subjects as clerks typed them, for the vaccination tests. */
final class Subjects {

    static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code";
    static final List<String> THREE = List.of(
            "VN-0001,Đặng Văn Đức,07/03/1985,Nam,001085000001,0912345678,00001",
            "VN-0002,Nguyen Thi Thuy Hang,1990,Nữ,7.91E+10,,26734",
            "VN-0003,Trần Hòa,2001-12-31,M,,0987654321, 00004 ");
    static final String ALL_ROWS = "SELECT xmin::text AS xmin, xmax::text AS xmax, * FROM vaccination_subject ORDER BY subject_id";

    private Subjects() {
    }

    static CsvFile file(List<String> rows) {
        return CsvFile.withHeader(HEADER).lines(rows);
    }

    static ImportRun importSubjects(SubjectImport subjectImport, CsvFile file) {
        return ImportRun.of(subjectImport::run, SubjectImport.REPORT_KEY_COLUMN, file);
    }
}
