package vn.vaxpass.correction;

import java.util.List;

import vn.vaxpass.shared.FieldError;

/**
 * Why the workflow refused a request, with one stable code per failure point and a message a clerk can act on
 * (Vietnamese first). The function maps each {@link Kind} to its HTTP status; nothing was written when it is thrown.
 */
public class CorrectionProblem extends RuntimeException {

    /** The list, item or subject is not there, or not the caller's: answered alike. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The transition is not allowed from the current state (which the problem carries). */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    /** Someone else changed the record or item since the caller read it. */
    public static final String STALE_VERSION = "STALE_VERSION";
    /** The caller's role may not make this transition. */
    public static final String ROLE_MAY_NOT = "ROLE_MAY_NOT";
    /** Proposed or decided values are not valid: one field error each. */
    public static final String INVALID_VALUES = "INVALID_VALUES";

    private static final long serialVersionUID = 1L;

    /** What kind of refusal: decides the HTTP status. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        INVALID,
        PRECONDITION_REQUIRED,
        BAD_REQUEST
    }

    private final Kind kind;
    private final String code;
    private final String currentState;
    private final transient List<FieldError> fields;

    public CorrectionProblem(Kind kind, String code, String message, String currentState, List<FieldError> fields) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.currentState = currentState;
        this.fields = List.copyOf(fields);
    }

    public static CorrectionProblem notFound(String what) {
        return new CorrectionProblem(Kind.NOT_FOUND, NOT_FOUND, "Không tìm thấy " + what + " trong phạm vi của bạn. / No "
                + what + " of yours has this id.", null, List.of());
    }

    public static CorrectionProblem illegal(String what, Object current, String hint) {
        return new CorrectionProblem(Kind.CONFLICT, ILLEGAL_TRANSITION, "Không thể " + what + " khi trạng thái là "
                + current + ". / Cannot " + hint + " while it is " + current + ".", String.valueOf(current), List.of());
    }

    public static CorrectionProblem stale(Object current) {
        return new CorrectionProblem(Kind.CONFLICT, STALE_VERSION, "Người khác vừa thay đổi bản ghi này; hãy tải lại rồi"
                + " thử lại. / Someone else changed this record; reload it and try again.",
                current == null ? null : String.valueOf(current), List.of());
    }

    public static CorrectionProblem roleMayNot(String what) {
        return new CorrectionProblem(Kind.FORBIDDEN, ROLE_MAY_NOT, "Vai trò của bạn không được " + what + ". / Your role"
                + " may not do this.", null, List.of());
    }

    public static CorrectionProblem invalid(List<FieldError> fields) {
        return new CorrectionProblem(Kind.INVALID, INVALID_VALUES, "Một số giá trị không hợp lệ; xem từng trường. / Some"
                + " values are not valid; see each field.", null, fields);
    }

    public static CorrectionProblem conflict(String code, String message, Object current) {
        return new CorrectionProblem(Kind.CONFLICT, code, message, current == null ? null : String.valueOf(current),
                List.of());
    }

    public static CorrectionProblem badRequest(String code, String message) {
        return new CorrectionProblem(Kind.BAD_REQUEST, code, message, null, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The state the list or item is in, for a refused transition; null otherwise. */
    public String currentState() {
        return currentState;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
