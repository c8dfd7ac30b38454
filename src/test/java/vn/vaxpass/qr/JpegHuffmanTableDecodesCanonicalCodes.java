package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JpegHuffmanTableDecodesCanonicalCodes {

    /** T.81 table K.3, luminance DC differences: codes 00, 010, 011, 100, 101, 110, 1110, ... 111111110. */
    private static final int[] K3_COUNTS = {0, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    private static final int[] K3_SYMBOLS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void decodesEachCodeOfTableK3() throws QrReadException {
        JpegHuffmanTable table = new JpegHuffmanTable(K3_COUNTS, K3_SYMBOLS);
        // 00 | 010 | 101 | 111111110 | 1110, then 1-bits as padding
        JpegBitReader reader = reader("00010101" + "11111111" + "01110111");

        assertThat(table.decode(reader)).isEqualTo(0);
        assertThat(table.decode(reader)).isEqualTo(1);
        assertThat(table.decode(reader)).isEqualTo(4);
        assertThat(table.decode(reader)).isEqualTo(11);
        assertThat(table.decode(reader)).isEqualTo(6);
    }

    @Test
    void decodesCodesLongerThanTheLookup() throws QrReadException {
        int[] counts = new int[17];
        counts[1] = 1; // "0"
        counts[16] = 1; // "1000000000000000"
        JpegHuffmanTable table = new JpegHuffmanTable(counts, new int[] {0x11, 0x22});

        assertThat(table.decode(reader("10000000" + "00000000"))).isEqualTo(0x22);
    }

    @Test
    void aCodeNotInTheTableIsCorrupt() throws QrReadException {
        JpegHuffmanTable table = new JpegHuffmanTable(K3_COUNTS, K3_SYMBOLS);

        assertThatThrownBy(() -> table.decode(reader("11111111" + "11111111" + "11111111")))
                .isInstanceOf(QrReadException.class)
                .extracting("code").isEqualTo(QrReadException.Code.CORRUPT_IMAGE);
    }

    @Test
    void moreCodesThanALengthHoldsIsCorrupt() {
        int[] counts = new int[17];
        counts[1] = 3;

        assertThatThrownBy(() -> new JpegHuffmanTable(counts, new int[] {1, 2, 3}))
                .isInstanceOf(QrReadException.class);
    }

    /** A reader over the bits written as '0'/'1' text; 0xFF bytes must be followed by 0x00 as in a scan. */
    static JpegBitReader reader(String bits) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < bits.length(); i += 8) {
            int b = Integer.parseInt(bits.substring(i, i + 8), 2);
            out.write(b);
            if (b == 0xFF) {
                out.write(0);
            }
        }
        return new JpegBitReader(out.toByteArray(), 0);
    }
}
