package vn.vaxpass.qr;

/**
 * A JPEG Huffman table from a DHT segment (ITU-T T.81 §B.2.4.2, §C), decoded with a 9-bit lookup for short
 * codes and the canonical MAXCODE procedure (§F.2.2.3) for longer ones.
 */
final class JpegHuffmanTable {

    private static final int LOOKUP_BITS = 9;
    private static final int MAX_CODE_LENGTH = 16;

    /** (code length << 8 | symbol) per 9-bit prefix, or 0 where the code is longer. */
    private final int[] lookup = new int[1 << LOOKUP_BITS];
    private final int[] maxCode = new int[MAX_CODE_LENGTH + 1];
    private final int[] valueOffset = new int[MAX_CODE_LENGTH + 1];
    private final int[] symbols;

    /**
     * @param counts  number of codes of each length 1..16 (index 0 unused)
     * @param symbols the symbols in code order
     */
    JpegHuffmanTable(int[] counts, int[] symbols) throws QrReadException {
        this.symbols = symbols;
        int code = 0;
        int k = 0;
        for (int length = 1; length <= MAX_CODE_LENGTH; length++) {
            valueOffset[length] = k - code;
            int n = counts[length];
            if (n > 0) {
                if (code + n > 1 << length) {
                    throw QrReadException.corrupt("Huffman table over-subscribed at length " + length);
                }
                for (int i = 0; i < n; i++, code++, k++) {
                    if (length <= LOOKUP_BITS) {
                        int shift = LOOKUP_BITS - length;
                        int entry = length << 8 | symbols[k];
                        for (int fill = 0; fill < 1 << shift; fill++) {
                            lookup[(code << shift) | fill] = entry;
                        }
                    }
                }
                maxCode[length] = code - 1;
            } else {
                maxCode[length] = -1;
            }
            code <<= 1;
        }
    }

    int decode(JpegBitReader reader) throws QrReadException {
        int entry = lookup[reader.peek(LOOKUP_BITS)];
        if (entry != 0) {
            reader.skip(entry >>> 8);
            return entry & 0xFF;
        }
        int code = reader.bits(LOOKUP_BITS);
        for (int length = LOOKUP_BITS; length <= MAX_CODE_LENGTH; length++) {
            if (length > LOOKUP_BITS) {
                code = code << 1 | reader.bit();
            }
            if (code <= maxCode[length]) {
                return symbols[valueOffset[length] + code];
            }
        }
        throw QrReadException.corrupt("invalid Huffman code");
    }
}
