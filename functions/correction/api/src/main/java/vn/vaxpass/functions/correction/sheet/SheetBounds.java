package vn.vaxpass.functions.correction.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The limits an uploaded workbook must keep before it is read, so that what it makes the server hold is bounded by
 * its real size: the upload's bytes, the package's parts and what they unpack to (a zip bomb is refused after reading
 * at most {@link #MAX_UNPACKED_BYTES}, each part measured through the same central directory fastexcel-reader opens),
 * and no cell reference beyond the last column ({@link CellReferenceGuard}), then rows and cell lengths while
 * reading. A commune's list is a few thousand rows: every limit is far above that.
 */
public final class SheetBounds {

    /** Lambda takes 6 MB per request, and an .xlsx body arrives base64-encoded: 4 MB becomes about 5.4 MB. */
    public static final int MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
    /** Every part unpacked, together. A 5,000-row list made by this system unpacks to about 3 MB. */
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** A workbook from Excel or LibreOffice has a few dozen parts. */
    public static final int MAX_PARTS = 200;
    /** Rows of items, the header not counted. */
    public static final int MAX_ROWS = 20_000;
    /** The longest value a cell may hold; a name is at most 100, a note a few sentences. */
    public static final int MAX_CELL_LENGTH = 1_000;

    private static final String WORKSHEETS = "xl/worksheets/";
    private static final int ZIP_LOCAL_HEADER_BYTES = 30;
    /** A zip's local file header signature, PK\3\4 (APPNOTE 4.3.7). */
    private static final int ZIP_SIGNATURE_BYTES = 4;
    /** An OLE2 compound file's signature, D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] 2.2). */
    private static final int OLE2_SIGNATURE_BYTES = 8;
    private static final String MIMETYPE_ENTRY = "mimetype";
    private static final String ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private SheetBounds() {
    }

    /** Refuses an upload too large, not an .xlsx, or unpacking to too much. */
    public static void check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new SheetProblem(400, SheetProblem.EMPTY_FILE, "Tệp trống: hãy chọn lại tệp danh sách. / The file is"
                    + " empty: choose the list file again.");
        }
        checkSize(upload);
        if (isOle2(upload)) {
            throw new SheetProblem(415, SheetProblem.NOT_AN_XLSX, "Đây là tệp .xls cũ; hãy mở bằng Excel và lưu"
                    + " thành .xlsx. / This is an old .xls file; save it as .xlsx.");
        }
        if (isOpenDocumentSpreadsheet(upload)) {
            throw new SheetProblem(415, SheetProblem.NOT_AN_XLSX, "Đây là tệp .ods (LibreOffice, OpenOffice); hãy mở"
                    + " và lưu thành Excel 2007-365 (.xlsx). / This is an .ods file; save it as .xlsx.");
        }
        if (!isOoxml(upload)) {
            throw notAnXlsx();
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(upload)).get()) {
            long unpacked = 0;
            int parts = 0;
            byte[] buffer = new byte[8192];
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw tooLarge();
                }
                CellReferenceGuard guard = entry.getName().startsWith(WORKSHEETS) ? new CellReferenceGuard() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw tooLarge();
                        }
                        if (guard != null && guard.feed(buffer, n)) {
                            throw new SheetProblem(413, SheetProblem.COLUMN_OUT_OF_RANGE, "Tệp có ô nằm ngoài cột"
                                    + " cuối cùng (XFD); hãy xuất lại danh sách. / The workbook has a cell beyond the"
                                    + " last column (XFD); export the list again.");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof SheetProblem problem) {
                throw problem;
            }
            throw notAnXlsx();
        }
    }

    /** Refuses an upload larger than {@link #MAX_UPLOAD_BYTES}, whatever its kind. */
    static void checkSize(byte[] upload) {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new SheetProblem(413, SheetProblem.FILE_TOO_LARGE, "Tệp lớn hơn " + MAX_UPLOAD_BYTES / 1024 / 1024
                    + " MB. / The file is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB.");
        }
    }

    /**
     * An upload to read as a CSV, told from its first bytes: not empty, and neither an OOXML package, an old .xls
     * (OLE2) nor an .ods. Those go through {@link #check}, which reads or refuses them as workbooks.
     */
    static boolean isCsv(byte[] upload) {
        return upload != null && upload.length > 0 && !isOoxml(upload) && !isOle2(upload)
                && !isOpenDocumentSpreadsheet(upload);
    }

    /**
     * A zip package (.xlsx), by its first four bytes. fastexcel-reader's own test throws IllegalArgumentException on
     * fewer bytes than its signature, which answered a CSV of one short line with 500: fewer bytes are no package.
     */
    static boolean isOoxml(byte[] upload) {
        return upload.length >= ZIP_SIGNATURE_BYTES && ReadableWorkbook.isOOXMLZipHeader(upload);
    }

    /** An old .xls (OLE2 compound file), by its first eight bytes; fewer are none (see {@link #isOoxml}). */
    static boolean isOle2(byte[] upload) {
        return upload.length >= OLE2_SIGNATURE_BYTES && ReadableWorkbook.isOLE2Header(upload);
    }

    /**
     * An OpenDocument spreadsheet: a zip whose first entry is {@code mimetype}, stored uncompressed, holding the
     * spreadsheet's media type (OpenDocument 1.2, part 3, section 3.3), right after its 30-byte local header.
     */
    static boolean isOpenDocumentSpreadsheet(byte[] upload) {
        byte[] name = MIMETYPE_ENTRY.getBytes(StandardCharsets.US_ASCII);
        byte[] type = ODS_MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        int start = ZIP_LOCAL_HEADER_BYTES + name.length;
        return upload.length >= start + type.length
                && Arrays.equals(upload, ZIP_LOCAL_HEADER_BYTES, start, name, 0, name.length)
                && Arrays.equals(upload, start, start + type.length, type, 0, type.length);
    }

    private static SheetProblem tooLarge() {
        return new SheetProblem(413, SheetProblem.SPREADSHEET_TOO_LARGE, "Tệp giải nén ra quá lớn (quá "
                + MAX_UNPACKED_BYTES / 1024 / 1024 + " MB hoặc quá " + MAX_PARTS + " phần); hãy xuất lại danh sách. /"
                + " The workbook unpacks to too much; export the list again.");
    }

    static SheetProblem notAnXlsx() {
        return new SheetProblem(415, SheetProblem.NOT_AN_XLSX, "Tệp không phải bảng tính .xlsx. / The file is not an"
                + " .xlsx workbook.");
    }
}
