package vn.vaxpass.vaccination;

import java.util.List;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

/** Doses as the vaccination platform exports them, for the three subjects of {@link Subjects#THREE}. */
final class Doses {

    static final String HEADER = "subject_id,dose_number,total_doses,vaccinated_on,product,manufacturer,prophylaxis,lot,"
            + "facility_code";
    static final List<String> FOUR = List.of(
            "VN-0001,1,2,14/07/2021,EU/1/20/1528,ORG-100030215,J07BX03,FF2587,79-001",
            "VN-0001,2,2,2021-09-14,EU/1/20/1528,ORG-100030215,J07BX03,FF2590,79-001",
            "VN-0002,1,2,3/8/2021,EU/1/21/1529,ORG-100001699,J07BX03,,01-004",
            "VN-0003,1,1,05.11.2021, EU/1/20/1525 ,ORG-100001417,J07BX03, XD955 ,01-004");
    static final String ALL_ROWS = "SELECT xmin::text AS xmin, xmax::text AS xmax, * FROM dose"
            + " ORDER BY subject_id, dose_number";

    private Doses() {
    }

    static CsvFile file(List<String> rows) {
        return CsvFile.withHeader(HEADER).lines(rows);
    }

    static ImportRun importDoses(DoseImport doseImport, CsvFile file) {
        return ImportRun.of(doseImport::run, DoseImport.REPORT_KEY_COLUMN, file);
    }

    /** The communes and {@link Subjects#THREE}, whom the doses belong to. */
    static void importTheirSubjects(CommuneImport communeImport, SubjectImport subjectImport) {
        Communes.importHanoiAndSaigon(communeImport);
        ImportRun run = Subjects.importSubjects(subjectImport, Subjects.file(Subjects.THREE));
        if (run.result().status() != ImportStatus.APPLIED || run.result().rowErrors() != 0) {
            throw new AssertionError("Subjects not imported: " + run);
        }
    }
}
