package vn.vaxpass.csv;

/** Wording shared by the messages a clerk reads. */
final class ClerkText {

    /** How a clerk makes a file this reader accepts, in Excel's own words. */
    static final String SAVE_AS_CSV_UTF8 = "In Excel, use Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'.";

    private static final int KIB = 1024;

    private ClerkText() {
    }

    /** A byte count as a clerk reads it: "64 KB", "1 MB". */
    static String size(int bytes) {
        if (bytes >= KIB * KIB && bytes % (KIB * KIB) == 0) {
            return bytes / (KIB * KIB) + " MB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KB";
        }
        return bytes + " bytes";
    }
}
