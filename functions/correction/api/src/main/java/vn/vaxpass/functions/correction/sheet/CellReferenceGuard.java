package vn.vaxpass.functions.correction.sheet;

/**
 * Scans a worksheet part's XML, as it is inflated, for a cell reference beyond the last column a spreadsheet has
 * (XFD, 16,384): fastexcel-reader sizes a row's cells by its last reference's column, so {@code r="AAAAAAA2"} in a few
 * bytes would make it allocate hundreds of millions of slots. Looks for an attribute {@code r} (white space before
 * it, white space allowed around {@code =}) and reads its leading letters; state carries across buffers.
 */
final class CellReferenceGuard {

    /** Column XFD, the last of Excel and LibreOffice. */
    static final int MAX_COLUMN = 16_384;
    private static final int MAX_LETTERS = 3;

    private enum State { OTHER, SPACE, NAME, EQUALS, LETTERS }

    private State state = State.OTHER;
    private int letters;
    private int column;

    /** Whether the bytes so far hold a reference beyond the last column. */
    boolean feed(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (step((char) (buffer[i] & 0xff))) {
                return true;
            }
        }
        return false;
    }

    private boolean step(char c) {
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        switch (state) {
            case SPACE -> state = c == 'r' ? State.NAME : space ? State.SPACE : State.OTHER;
            case NAME -> state = c == '=' ? State.EQUALS : space ? State.NAME : State.OTHER;
            case EQUALS -> {
                if (c == '"' || c == '\'') {
                    state = State.LETTERS;
                    letters = 0;
                    column = 0;
                } else if (!space) {
                    state = State.OTHER;
                }
            }
            case LETTERS -> {
                char upper = Character.toUpperCase(c);
                if (upper >= 'A' && upper <= 'Z') {
                    letters++;
                    column = column * 26 + upper - 'A' + 1;
                    return letters > MAX_LETTERS || column > MAX_COLUMN;
                }
                state = space ? State.SPACE : State.OTHER;
            }
            case OTHER -> state = space ? State.SPACE : State.OTHER;
        }
        return false;
    }
}
