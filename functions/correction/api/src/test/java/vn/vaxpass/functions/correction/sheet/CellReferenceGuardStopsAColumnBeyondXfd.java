package vn.vaxpass.functions.correction.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CellReferenceGuardStopsAColumnBeyondXfd {

    @Test
    void referencesUpToXfdPass() {
        assertThat(scan("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"XFD2\"/></row>")).isFalse();
        assertThat(scan("<sheetView workbookViewId=\"0\"><pane r:id=\"x\"/>")).isFalse();
    }

    @Test
    void aReferenceBeyondXfdIsCaughtWhereverTheBufferSplitsIt() {
        String xml = "<row r=\"2\"><c  r = 'AAAAAAA2' t=\"s\"/></row>";
        assertThat(scan(xml)).isTrue();
        assertThat(scan("<c r=\"XFE2\"/>")).isTrue();
        byte[] bytes = xml.getBytes(StandardCharsets.US_ASCII);
        for (int split = 1; split < bytes.length; split++) {
            CellReferenceGuard guard = new CellReferenceGuard();
            byte[] second = new byte[bytes.length - split];
            System.arraycopy(bytes, split, second, 0, second.length);
            assertThat(guard.feed(bytes, split) || guard.feed(second, second.length)).as("split at %d", split)
                    .isTrue();
        }
    }

    private static boolean scan(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.US_ASCII);
        return new CellReferenceGuard().feed(bytes, bytes.length);
    }
}
