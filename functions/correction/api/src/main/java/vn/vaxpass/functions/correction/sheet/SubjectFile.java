package vn.vaxpass.functions.correction.sheet;

import java.util.List;
import java.util.Map;

import vn.vaxpass.functions.correction.sheet.SubjectSheet.Column;

/**
 * What a station's ID-number file holds, whatever its kind: where each column is and its rows, blank rows left out.
 * An .xlsx is read by {@link SubjectSheetReader}, anything else as a CSV by {@link SubjectCsvReader} (told by {@link SheetBounds#isCsv}); an old .xls or
 * an .ods is refused with how to save it as .xlsx.
 */
public record SubjectFile(Map<Column, Integer> columns, List<SubjectRow> rows) {

    /** Reads an upload: checks its bounds, tells its kind from its first bytes, and reads its rows. */
    public static SubjectFile read(byte[] upload) {
        if (SheetBounds.isCsv(upload)) {
            return SubjectCsvReader.read(upload);
        }
        SheetBounds.check(upload);
        return SubjectSheetReader.read(upload);
    }
}
