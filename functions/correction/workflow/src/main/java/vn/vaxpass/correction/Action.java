package vn.vaxpass.correction;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow's actions and who may take each: the table {@code docs/correction.md} prints. Which states an action
 * may start from is the action's own check ({@link Transitions}).
 */
public enum Action {
    /** Read a list and its items (a village team: its village's items only). */
    READ_LIST("xem danh sách", WorkRole.STATION, WorkRole.VILLAGE_TEAM, WorkRole.POLICE, WorkRole.PROVINCE,
            WorkRole.MINISTRY),
    CREATE_LIST("lập danh sách", WorkRole.STATION),
    ASSIGN("giao cho thôn", WorkRole.STATION),
    PROPOSE("đề xuất", WorkRole.STATION, WorkRole.VILLAGE_TEAM),
    SEND("gửi công an", WorkRole.STATION),
    DECIDE("quyết định", WorkRole.POLICE),
    BULK_CONFIRM("xác nhận hàng loạt", WorkRole.POLICE),
    SIGN("ký trả danh sách", WorkRole.POLICE),
    APPLY("cập nhật theo danh sách ký trả", WorkRole.STATION),
    EDIT_SUBJECT("sửa trực tiếp", WorkRole.STATION),
    /** The station's import of ID numbers (and other personal data) from a file, row by row. */
    IMPORT_SUBJECTS("nhập tệp số định danh", WorkRole.STATION),
    READ_AUDIT("xem nhật ký", WorkRole.STATION, WorkRole.POLICE, WorkRole.MINISTRY),
    READ_VERIFICATION("xem danh sách kiểm tra", WorkRole.STATION, WorkRole.POLICE, WorkRole.PROVINCE,
            WorkRole.MINISTRY);

    private final String vietnamese;
    private final Set<WorkRole> roles;

    Action(String vietnamese, WorkRole first, WorkRole... others) {
        this.vietnamese = vietnamese;
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(WorkRole role) {
        return roles.contains(role);
    }

    public Set<WorkRole> roles() {
        return roles;
    }

    /** The action as a clerk says it, for messages. */
    public String vietnamese() {
        return vietnamese;
    }
}
