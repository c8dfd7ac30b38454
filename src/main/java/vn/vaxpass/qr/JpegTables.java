package vn.vaxpass.qr;

/** The Huffman and quantisation tables a JPEG defines, up to four of each kind, as its segments come. */
final class JpegTables {

    private static final int TABLES = 4;

    private final byte[] data;
    private final int[][] quantisationTables = new int[TABLES][];
    private final JpegHuffmanTable[] dcTables = new JpegHuffmanTable[TABLES];
    private final JpegHuffmanTable[] acTables = new JpegHuffmanTable[TABLES];

    JpegTables(byte[] data) {
        this.data = data;
    }

    /** The DC table with this id (0-3), or null if none was defined. */
    JpegHuffmanTable dc(int id) {
        return dcTables[id];
    }

    /** The AC table with this id (0-3), or null if none was defined. */
    JpegHuffmanTable ac(int id) {
        return acTables[id];
    }

    /** The quantisation table with this id (0-3) in natural order, or null if none was defined. */
    int[] quantisation(int id) {
        return quantisationTables[id];
    }

    /** A DHT segment (T.81 §B.2.4.2): one or more tables. */
    void readHuffman(int start, int end) throws QrReadException {
        int p = start;
        while (p < end) {
            if (end - p < 17) {
                throw QrReadException.corrupt("short DHT");
            }
            int tableClass = (data[p] & 0xFF) >>> 4;
            int id = data[p] & 0x0F;
            if (tableClass > 1 || id > 3) {
                throw QrReadException.corrupt("Huffman table class " + tableClass + ", id " + id);
            }
            int[] counts = new int[17];
            int total = 0;
            for (int length = 1; length <= 16; length++) {
                counts[length] = data[p + length] & 0xFF;
                total += counts[length];
            }
            p += 17;
            if (total > 256 || end - p < total) {
                throw QrReadException.corrupt("Huffman table of " + total + " symbols");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = data[p + i] & 0xFF;
            }
            p += total;
            JpegHuffmanTable table = new JpegHuffmanTable(counts, symbols);
            if (tableClass == 0) {
                dcTables[id] = table;
            } else {
                acTables[id] = table;
            }
        }
    }

    /** A DQT segment (T.81 §B.2.4.1): one or more tables, 8- or 16-bit, stored in natural order. */
    void readQuantisation(int start, int end) throws QrReadException {
        int p = start;
        while (p < end) {
            int precision = (data[p] & 0xFF) >>> 4;
            int id = data[p] & 0x0F;
            int size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || end - p - 1 < size) {
                throw QrReadException.corrupt("quantisation table precision " + precision + ", id " + id);
            }
            p++;
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[JpegFrame.ZIGZAG[k]] = precision == 0 ? data[p + k] & 0xFF : readShort(p + 2 * k);
            }
            p += size;
            quantisationTables[id] = table;
        }
    }

    private int readShort(int pos) {
        return (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
    }
}
