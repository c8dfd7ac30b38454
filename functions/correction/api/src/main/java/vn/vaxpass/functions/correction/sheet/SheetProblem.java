package vn.vaxpass.functions.correction.sheet;

/**
 * Why an uploaded workbook was refused as a whole, before any row was applied: too big, not an .xlsx, not a list
 * file, made from another list or an older version of it. One code per failure point; Vietnamese first.
 */
public class SheetProblem extends RuntimeException {

    /** The upload is larger than {@link SheetBounds#MAX_UPLOAD_BYTES}. */
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** No byte at all: neither a workbook nor a CSV, so said as what it is. */
    public static final String EMPTY_FILE = "EMPTY_FILE";
    /** Not an .xlsx package (an old .xls, a CSV, a PDF…). */
    public static final String NOT_AN_XLSX = "NOT_AN_XLSX";
    /** The package unpacks to more than the bounds allow: too many parts or too many bytes. */
    public static final String SPREADSHEET_TOO_LARGE = "SPREADSHEET_TOO_LARGE";
    /** A cell reference beyond column XFD: the reader would size a row by it. */
    public static final String COLUMN_OUT_OF_RANGE = "COLUMN_OUT_OF_RANGE";
    /** An .xlsx, but not one this system made from a list (no hidden sheet, or the items sheet is gone). */
    public static final String NOT_A_LIST_FILE = "NOT_A_LIST_FILE";
    /** A column the import needs lost its header (renamed or deleted). */
    public static final String COLUMNS_MISSING = "COLUMNS_MISSING";
    /**
     * A CSV whose header has no item id column (hidden column A of the exported list): without it no row can be
     * matched to its item.
     */
    public static final String ITEM_ID_COLUMN_MISSING = "ITEM_ID_COLUMN_MISSING";
    /** More rows than {@link SheetBounds#MAX_ROWS}. */
    public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    /** The file was made from another list than the one in the address. */
    public static final String WRONG_LIST = "WRONG_LIST";
    /** The list moved on (sent to the police, signed, applied) since the file was made. */
    public static final String LIST_CHANGED_SINCE_EXPORT = "LIST_CHANGED_SINCE_EXPORT";

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String currentState;

    public SheetProblem(int status, String code, String message, String currentState) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.currentState = currentState;
    }

    public SheetProblem(int status, String code, String message) {
        this(status, code, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String currentState() {
        return currentState;
    }
}
