package vn.vaxpass.vaccination;

import java.util.List;

import vn.vaxpass.registry.CsvFile;
import vn.vaxpass.registry.ImportRun;
import vn.vaxpass.imports.ImportStatus;

/** The communes the vaccination tests' subjects live in, and how tests import files. */
final class Communes {

    static final String HEADER = "commune_code,province_code,name";
    static final List<String> HANOI_AND_SAIGON = List.of(
            "00001,01,Phường Phúc Xá",
            "00004,01,Phường Trúc Bạch",
            "26734,79,Phường Bến Nghé");

    private Communes() {
    }

    static ImportRun importCommunes(CommuneImport communeImport, CsvFile file) {
        return ImportRun.of(communeImport::run, CommuneImport.REPORT_KEY_COLUMN, file);
    }

    static void importHanoiAndSaigon(CommuneImport communeImport) {
        ImportRun run = importCommunes(communeImport, CsvFile.withHeader(HEADER).lines(HANOI_AND_SAIGON));
        if (run.result().status() != ImportStatus.APPLIED || run.result().rowErrors() != 0) {
            throw new AssertionError("Communes not imported: " + run);
        }
    }
}
