package vn.vaxpass.functions.correction.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.vaxpass.correction.ProgressReport;
import vn.vaxpass.correction.VerificationList;

/**
 * The verification list and the progress report as .xlsx, with the list's care ({@link SheetWriting}): Vietnamese
 * headers and state names, ID numbers as text, dates as dates shown dd/mm/yyyy, counts as numbers, no formula.
 */
public final class ReportSheetWriter {

    /** The verification list's sheet (at most 31 characters). */
    public static final String VERIFICATION_SHEET = "Danh sách kiểm tra";
    public static final String PROGRESS_SHEET = "Tiến độ theo xã";
    public static final String PER_DAY_SHEET = "Số lần sửa theo ngày";

    /** The verification list's columns, Vietnamese first. */
    public static final List<String> VERIFICATION_HEADERS = List.of("Mã đối tượng / Subject id",
            "Họ và tên / Full name", "Ngày sinh / Date of birth", "Giới tính / Gender", "Số định danh / ID number",
            "Phiên bản / Version", "Sửa lúc / Changed at", "Nguồn / Source", "Kết quả kiểm tra / Check");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String APPLICATION = "Vaxpass";
    private static final String APPLICATION_VERSION = "1.0";

    private ReportSheetWriter() {
    }

    /** A commune's changed subjects in a period, with their check now; times in Vietnam's. */
    public static byte[] verificationList(String communeCode, LocalDate from, LocalDate to,
            List<VerificationList.Entry> entries) {
        return workbook("Danh sách kiểm tra xã " + communeCode + " " + from + " – " + to, workbook -> {
            Worksheet sheet = workbook.newWorksheet(VERIFICATION_SHEET);
            for (int c = 0; c < VERIFICATION_HEADERS.size(); c++) {
                SheetWriting.header(sheet, 0, c, VERIFICATION_HEADERS.get(c), ListSheetWriter.HEADER_FILL);
                sheet.width(c, c == 1 ? 28 : 20);
            }
            int row = 1;
            for (VerificationList.Entry entry : entries) {
                SheetWriting.text(sheet, row, 0, entry.subjectId());
                SheetWriting.text(sheet, row, 1, entry.fullName());
                SheetWriting.birthDate(sheet, row, 2, entry.dateOfBirth());
                SheetWriting.text(sheet, row, 3, ListSheetWriter.genderLabel(entry.gender()));
                SheetWriting.digits(sheet, row, 4, entry.idNumber());
                SheetWriting.count(sheet, row, 5, entry.version());
                SheetWriting.dateTime(sheet, row, 6, entry.changedAt().atZone(VIETNAM).toLocalDateTime());
                SheetWriting.text(sheet, row, 7, ReportLabels.label(ReportLabels.SOURCES, entry.source().name()));
                SheetWriting.text(sheet, row, 8, ReportLabels.label(ReportLabels.CHECKS, entry.check()));
                row++;
            }
            sheet.freezePane(1, 1);
        });
    }

    /** The progress report: one row per commune (subjects by check, items by state), and corrections per day. */
    public static byte[] progress(ProgressReport.Report report) {
        String scope = report.communeCode() != null ? "xã " + report.communeCode()
                : report.provinceCode() != null ? "tỉnh " + report.provinceCode() : "toàn quốc";
        return workbook("Tiến độ rà soát " + scope, workbook -> {
            List<String> checks = codes(ReportLabels.CHECKS, report.communes().values().stream()
                    .map(ProgressReport.Commune::subjectsByCheck).toList());
            List<String> states = codes(ReportLabels.STATES, report.communes().values().stream()
                    .map(ProgressReport.Commune::itemsByState).toList());
            Worksheet sheet = workbook.newWorksheet(PROGRESS_SHEET);
            SheetWriting.header(sheet, 0, 0, "Mã xã / Commune", ListSheetWriter.HEADER_FILL);
            int column = 1;
            for (String check : checks) {
                SheetWriting.header(sheet, 0, column++, "Số người: " + ReportLabels.label(ReportLabels.CHECKS, check),
                        ListSheetWriter.HEADER_FILL);
            }
            for (String state : states) {
                SheetWriting.header(sheet, 0, column++, "Số mục: " + ReportLabels.label(ReportLabels.STATES, state),
                        ListSheetWriter.FILLED_HEADER_FILL);
            }
            int row = 1;
            for (Map.Entry<String, ProgressReport.Commune> commune : report.communes().entrySet()) {
                SheetWriting.text(sheet, row, 0, commune.getKey());
                column = 1;
                for (String check : checks) {
                    SheetWriting.count(sheet, row, column++, commune.getValue().subjectsByCheck().getOrDefault(check,
                            0L));
                }
                for (String state : states) {
                    SheetWriting.count(sheet, row, column++, commune.getValue().itemsByState().getOrDefault(state,
                            0L));
                }
                row++;
            }
            sheet.width(0, 12);
            for (int c = 1; c < column; c++) {
                sheet.width(c, 18);
            }
            sheet.rowHeight(0, 60);
            sheet.freezePane(1, 1);

            Worksheet days = workbook.newWorksheet(PER_DAY_SHEET);
            SheetWriting.header(days, 0, 0, "Ngày / Day", ListSheetWriter.HEADER_FILL);
            SheetWriting.header(days, 0, 1, "Số lần sửa / Corrections", ListSheetWriter.HEADER_FILL);
            int line = 1;
            for (ProgressReport.Day day : report.correctionsPerDay()) {
                SheetWriting.date(days, line, 0, day.day());
                SheetWriting.count(days, line++, 1, day.corrections());
            }
            days.width(0, 14);
            days.width(1, 18);
        });
    }

    /** The named codes in their order, then any other a commune has, so that no count is left out. */
    private static List<String> codes(Map<String, String> named, List<Map<String, Long>> counts) {
        Set<String> codes = new LinkedHashSet<>(named.keySet());
        counts.forEach(count -> codes.addAll(count.keySet()));
        return new ArrayList<>(codes);
    }

    private interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private static byte[] workbook(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION)) {
            workbook.properties().setTitle(title);
            content.write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
