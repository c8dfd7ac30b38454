package vn.vaxpass.matching.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import vn.vaxpass.access.Area;
import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvLine;
import vn.vaxpass.csv.CsvReader;
import vn.vaxpass.csv.CsvRow;
import vn.vaxpass.vaccination.SubjectsFile;

/**
 * Before an upload is imported: every subject of the file must live where the uploader reaches, or a commune's
 * staff could change another commune's subjects. A row's commune is read as it is today (an old code merged into
 * another commune is that commune's, in that commune's province). A row whose commune is known and lies outside is reported
 * ({@value #CODE}); the caller then refuses the whole file. Rows this check cannot judge (an empty or unknown commune,
 * a malformed record, a broken file) are left to the import, which reports them with its own codes.
 */
final class UploadJurisdictionCheck {

    static final String CODE = Reach.OUTSIDE_JURISDICTION;

    private static final int COMMUNE_CODE = 6;

    private UploadJurisdictionCheck() {
    }

    /**
     * What the check found.
     *
     * @param rows    records after the header, as far as the file could be read
     * @param outside how many of them lie outside the uploader's reach (each reported)
     */
    record Checked(long rows, long outside) {
    }

    /**
     * @param home              the uploader's own area, which the messages name
     * @param provinceOfCommune every known commune's province
     * @param successors        each old commune code merged into another, with the commune of today it is read as
     */
    static Checked check(InputStream in, Reach uploader, Area home, Map<String, String> provinceOfCommune,
            Map<String, String> successors, CsvErrorReport report) throws IOException {
        long rows = 0;
        long outside = 0;
        try {
            CsvReader reader = SubjectsFile.FORMAT.open(in);
            for (CsvLine line = reader.next(); line != null; line = reader.next()) {
                if (line instanceof CsvRow row) {
                    rows++;
                    String commune = row.get(COMMUNE_CODE).strip();
                    String today = successors.getOrDefault(commune, commune);
                    String province = provinceOfCommune.get(today);
                    if (province != null && !uploader.reachesCommune(today, province)) {
                        outside++;
                        report.add(row.line(), CODE, row.get(0), "The subject lives in commune " + commune
                                + ", outside your jurisdiction; nothing of this file was imported. Upload only the"
                                + " subjects of " + home.describe() + ".");
                    }
                }
            }
        } catch (CsvFileException e) {
            // The import reads the same file, meets the same error and refuses it with its own report.
        }
        return new Checked(rows, outside);
    }
}
