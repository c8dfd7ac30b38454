package vn.vaxpass.functions.correction.sheet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a clerk reads in the workbooks (the list's state and problem columns, the reports), Vietnamese first and
 * the code after ("Đã khớp - VERIFIED", as the list's drop-downs write theirs): a check's status, an item's state,
 * the source of a change. A code not named
 * here (a later one) is shown as it is.
 */
final class ReportLabels {

    /** Check statuses in the order a report lists them: the registry's five, then the two the report adds. */
    static final Map<String, String> CHECKS = ordered(
            "VERIFIED", "Đã khớp",
            "MISMATCH", "Sai thông tin",
            "MISSING_ID", "Thiếu số định danh",
            "INVALID_ID_FORMAT", "Số định danh sai định dạng",
            "NOT_FOUND", "Không có trong CSDL dân cư",
            "OUTDATED", "Đã sửa, chưa kiểm tra lại",
            "NOT_CHECKED", "Chưa kiểm tra");

    /** Item states in the workflow's order. */
    static final Map<String, String> STATES = ordered(
            "OPEN", "Mới",
            "ASSIGNED", "Đã giao thôn",
            "PROPOSED", "Thôn đã đề xuất",
            "WITH_POLICE", "Đang ở công an",
            "CONFIRMED", "Công an xác nhận",
            "CORRECTED", "Công an sửa theo CSDL dân cư",
            "REJECTED", "Công an từ chối",
            "APPLIED", "Đã cập nhật",
            "VERIFIED", "Đã khớp",
            "CLOSED", "Đã đóng");

    static final Map<String, String> SOURCES = ordered(
            "EDIT", "Trạm y tế sửa trực tiếp",
            "POLICE", "Theo danh sách công an ký trả",
            "IMPORT", "Nhập từ tệp",
            "CITIZEN_REPORT", "Người dân phản ánh");

    private ReportLabels() {
    }

    static String label(Map<String, String> names, String code) {
        if (code == null) {
            return null;
        }
        String vietnamese = names.get(code);
        return vietnamese == null ? code : vietnamese + " - " + code;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
