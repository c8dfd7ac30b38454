package vn.vaxpass.qr;

/**
 * A JPEG frame header (ITU-T T.81 §B.2.2) and the block layout it implies (§A.2). Only the luminance
 * component, the first, is kept in full: its samples, and for progressive frames its coefficients until the
 * last scan.
 */
final class JpegFrame {

    /** The natural (row-major) index of the k-th coefficient in zig-zag order (T.81 figure A.6). */
    static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
        14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
        53, 60, 61, 54, 47, 55, 62, 63
    };

    /** One image component (T.81 §B.2.2: Ci, Hi, Vi, Tqi) and its place in the MCU grid. */
    static final class Component {
        final int id;
        final int h;
        final int v;
        final int quantisationTable;
        int blocksPerLine;
        int blocksPerColumn;
        /** Blocks per line and column when padded to whole MCUs, as interleaved scans cover them. */
        int blocksPerLineForMcu;
        int blocksPerColumnForMcu;
        int width;
        int height;
        int dcPredictor;
        JpegHuffmanTable dcTable;
        JpegHuffmanTable acTable;

        Component(int id, int h, int v, int quantisationTable) {
            this.id = id;
            this.h = h;
            this.v = v;
            this.quantisationTable = quantisationTable;
        }
    }

    final boolean progressive;
    final int width;
    final int height;
    final Component[] components;
    final int mcusPerLine;
    final int mcusPerColumn;
    final int maxH;
    final int maxV;
    /** Luminance samples at the luminance component's own resolution. */
    final byte[] lumaSamples;
    /** Luminance coefficients of every block, kept only for progressive frames. */
    final short[] lumaCoefficients;

    private static final int SUPPORTED_PRECISION = 8;

    /** Reads a frame header segment (SOF0-2 after its length) and lays out the blocks. */
    static JpegFrame read(byte[] data, int start, int end, boolean progressive) throws QrReadException {
        if (end - start < 6) {
            throw QrReadException.corrupt("short frame header");
        }
        int precision = data[start] & 0xFF;
        int height = readShort(data, start + 1);
        int width = readShort(data, start + 3);
        int count = data[start + 5] & 0xFF;
        if (precision != SUPPORTED_PRECISION) {
            throw QrReadException.unsupported(precision + "-bit JPEG");
        }
        if (height == 0) {
            throw QrReadException.unsupported("height defined by a DNL marker");
        }
        GrayImage.allocateCheck(width, height);
        if (end - start != 6 + 3 * count || count == 0) {
            throw QrReadException.corrupt("frame header for " + count + " components");
        }
        if (count == 2 || count > 3) {
            throw QrReadException.unsupported(count + "-component JPEG (CMYK?)");
        }
        Component[] components = new Component[count];
        for (int i = 0; i < count; i++) {
            int p = start + 6 + 3 * i;
            int h = (data[p + 1] & 0xFF) >>> 4;
            int v = data[p + 1] & 0x0F;
            int table = data[p + 2] & 0xFF;
            if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3) {
                throw QrReadException.corrupt("component sampling " + h + "x" + v + ", table " + table);
            }
            components[i] = new Component(data[p] & 0xFF, h, v, table);
        }
        return new JpegFrame(progressive, width, height, components, data.length - end);
    }

    /**
     * Every block of the first component is coded at least once, in at least one bit (its DC difference's
     * Huffman code, T.81 §F.1.2.1: codes are 1 to 16 bits long).
     */
    private static final int BLOCKS_PER_BYTE_AT_MOST = 8;

    /** @param bytesAfterHeader what the file holds after this header: the scans must code every block in it */
    private JpegFrame(boolean progressive, int width, int height, Component[] components, int bytesAfterHeader)
            throws QrReadException {
        this.progressive = progressive;
        this.width = width;
        this.height = height;
        this.components = components;
        int hMax = 1;
        int vMax = 1;
        for (Component c : components) {
            hMax = Math.max(hMax, c.h);
            vMax = Math.max(vMax, c.v);
        }
        maxH = hMax;
        maxV = vMax;
        mcusPerLine = ceilDiv(width, 8 * hMax);
        mcusPerColumn = ceilDiv(height, 8 * vMax);
        for (Component c : components) {
            c.width = ceilDiv(width * c.h, hMax);
            c.height = ceilDiv(height * c.v, vMax);
            c.blocksPerLine = ceilDiv(c.width, 8);
            c.blocksPerColumn = ceilDiv(c.height, 8);
            c.blocksPerLineForMcu = mcusPerLine * c.h;
            c.blocksPerColumnForMcu = mcusPerColumn * c.v;
        }
        Component luma = components[0];
        long lumaBlocks = (long) luma.blocksPerLine * luma.blocksPerColumn;
        if (lumaBlocks > (long) BLOCKS_PER_BYTE_AT_MOST * bytesAfterHeader) {
            throw QrReadException.corrupt(bytesAfterHeader + " bytes of scans cannot code a " + width + "x" + height
                    + " image");
        }
        lumaSamples = GrayImage.allocate(luma.width, luma.height);
        if (progressive) {
            long coefficients = 64L * luma.blocksPerLineForMcu * luma.blocksPerColumnForMcu;
            if (coefficients > 2 * GrayImage.MAX_PIXELS) {
                throw new QrReadException(QrReadException.Code.IMAGE_TOO_LARGE,
                        coefficients + " luminance coefficients for a " + width + "x" + height + " image");
            }
            lumaCoefficients = new short[(int) coefficients];
        } else {
            lumaCoefficients = null;
        }
    }

    Component luma() {
        return components[0];
    }

    /** Runs the inverse DCT of one luminance block into the samples, clipped at the component's edge. */
    void writeLumaBlock(JpegIdct idct, int[] quantisation, short[] coefficients, int offset, int blockRow,
            int blockColumn) {
        Component c = luma();
        int x = blockColumn * 8;
        int y = blockRow * 8;
        if (x >= c.width || y >= c.height) {
            return;
        }
        idct.transform(coefficients, offset, quantisation, lumaSamples, y * c.width + x, c.width,
                Math.min(8, c.width - x), Math.min(8, c.height - y));
    }

    /** After a progressive frame's last scan: turns the accumulated coefficients into samples. */
    void writeAllLumaBlocks(int[] quantisation) {
        JpegIdct idct = new JpegIdct();
        Component c = luma();
        for (int row = 0; row < c.blocksPerColumn; row++) {
            for (int column = 0; column < c.blocksPerLine; column++) {
                writeLumaBlock(idct, quantisation, lumaCoefficients, (row * c.blocksPerLineForMcu + column) * 64, row,
                        column);
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** The luminance at full frame size. */
    GrayImage luminance() throws QrReadException {
        Component luma = luma();
        if (luma.width == width && luma.height == height) {
            return new GrayImage(width, height, lumaSamples);
        }
        // Luminance sampled below the frame's maximum (legal, if odd): repeat each sample, as libjpeg's
        // box upsampling does.
        byte[] full = GrayImage.allocate(width, height);
        for (int y = 0; y < height; y++) {
            int sourceRow = Math.min(luma.height - 1, y * luma.v / maxV) * luma.width;
            for (int x = 0; x < width; x++) {
                int sourceColumn = Math.min(luma.width - 1, x * luma.h / maxH);
                full[y * width + x] = lumaSamples[sourceRow + sourceColumn];
            }
        }
        return new GrayImage(width, height, full);
    }

    private static int readShort(byte[] data, int pos) {
        return (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
    }
}
