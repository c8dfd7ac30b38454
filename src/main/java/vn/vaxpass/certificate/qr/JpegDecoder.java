package vn.vaxpass.certificate.qr;

/**
 * Decodes the luminance of a JPEG (ITU-T T.81 | ISO/IEC 10918-1; JFIF): baseline and extended sequential
 * (SOF0, SOF1) and progressive (SOF2) Huffman-coded frames of 8-bit precision, grayscale or YCbCr with any
 * chroma subsampling, restart intervals. Chrominance is never reconstructed: a QR reader needs Y only.
 * Lossless, hierarchical, arithmetic-coded, 12-bit, RGB and CMYK JPEGs are reported unsupported.
 */
final class JpegDecoder {

    private static final int SOF0_BASELINE = 0xC0;
    private static final int SOF1_EXTENDED = 0xC1;
    private static final int SOF2_PROGRESSIVE = 0xC2;
    private static final int DHT = 0xC4;
    private static final int DAC = 0xCC;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int DQT = 0xDB;
    private static final int DNL = 0xDC;
    private static final int DRI = 0xDD;
    private static final int APP14 = 0xEE;
    private static final int TEM = 0x01;
    private static final int ADOBE_TRANSFORM_NONE = 0;
    private static final int SUPPORTED_PRECISION = 8;
    /** Far above the 10 or so scans of usual progressive files; bounds the work a hostile file can ask. */
    private static final int MAX_SCANS = 128;

    private final byte[] data;
    private final int[][] quantisationTables = new int[4][];
    private final JpegHuffmanTable[] dcTables = new JpegHuffmanTable[4];
    private final JpegHuffmanTable[] acTables = new JpegHuffmanTable[4];
    private JpegFrame frame;
    private int restartInterval;
    private int adobeTransform = -1;
    private int scans;

    private JpegDecoder(byte[] data) {
        this.data = data;
    }

    static GrayImage decode(byte[] jpeg) throws QrReadException {
        return new JpegDecoder(jpeg).run();
    }

    private GrayImage run() throws QrReadException {
        int pos = 2;
        while (true) {
            while (pos < data.length && (data[pos] & 0xFF) != 0xFF) {
                pos++; // bytes between segments: tolerated, as libjpeg does
            }
            while (pos < data.length && (data[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= data.length) {
                throw QrReadException.corrupt("truncated: no EOI marker");
            }
            int marker = data[pos++] & 0xFF;
            if (marker == EOI) {
                break;
            }
            if (marker == 0 || marker == TEM || (marker >= RST0 && marker <= RST7)) {
                continue;
            }
            if (marker == SOI) {
                throw QrReadException.corrupt("second SOI marker");
            }
            if (pos + 2 > data.length) {
                throw QrReadException.corrupt("truncated segment length");
            }
            int length = readShort(pos);
            if (length < 2 || pos + length > data.length) {
                throw QrReadException.corrupt("segment of " + length + " bytes runs past the end");
            }
            int start = pos + 2;
            int end = pos + length;
            pos = end;
            switch (marker) {
                case SOF0_BASELINE:
                case SOF1_EXTENDED:
                case SOF2_PROGRESSIVE:
                    readFrame(marker == SOF2_PROGRESSIVE, start, end);
                    break;
                case DHT:
                    readHuffmanTables(start, end);
                    break;
                case DQT:
                    readQuantisationTables(start, end);
                    break;
                case DRI:
                    if (end - start != 2) {
                        throw QrReadException.corrupt("DRI of " + (end - start) + " bytes");
                    }
                    restartInterval = readShort(start);
                    break;
                case SOS:
                    pos = readScan(start, end);
                    break;
                case APP14:
                    readAdobe(start, end);
                    break;
                case DNL:
                case DAC:
                    break;
                default:
                    if (marker >= 0xC3 && marker <= 0xCF) {
                        throw QrReadException.unsupported(String.format("JPEG process SOF%d", marker - 0xC0));
                    }
                    break; // APPn, COM and the like carry nothing a decoder needs
            }
        }
        if (frame == null || scans == 0) {
            throw QrReadException.corrupt("no frame or no scan before EOI");
        }
        return finish();
    }

    private void readFrame(boolean progressive, int start, int end) throws QrReadException {
        if (frame != null) {
            throw QrReadException.corrupt("second frame header");
        }
        if (end - start < 6) {
            throw QrReadException.corrupt("short frame header");
        }
        int precision = data[start] & 0xFF;
        int height = readShort(start + 1);
        int width = readShort(start + 3);
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
        JpegFrame.Component[] components = new JpegFrame.Component[count];
        for (int i = 0; i < count; i++) {
            int p = start + 6 + 3 * i;
            int h = (data[p + 1] & 0xFF) >>> 4;
            int v = data[p + 1] & 0x0F;
            int table = data[p + 2] & 0xFF;
            if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3) {
                throw QrReadException.corrupt("component sampling " + h + "x" + v + ", table " + table);
            }
            components[i] = new JpegFrame.Component(data[p] & 0xFF, h, v, table);
        }
        frame = new JpegFrame(progressive, width, height, components);
    }

    private void readHuffmanTables(int start, int end) throws QrReadException {
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

    private void readQuantisationTables(int start, int end) throws QrReadException {
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

    private void readAdobe(int start, int end) {
        boolean adobe = end - start >= 12 && data[start] == 'A' && data[start + 1] == 'd' && data[start + 2] == 'o'
                && data[start + 3] == 'b' && data[start + 4] == 'e';
        if (adobe) {
            adobeTransform = data[start + 11] & 0xFF;
        }
    }

    /** Reads a scan header and its entropy-coded data; returns where the next marker is. */
    private int readScan(int start, int end) throws QrReadException {
        if (frame == null) {
            throw QrReadException.corrupt("scan before frame header");
        }
        if (++scans > MAX_SCANS) {
            throw QrReadException.corrupt("more than " + MAX_SCANS + " scans");
        }
        requireLuminanceFirst();
        int count = data[start] & 0xFF;
        if (count < 1 || count > 4 || end - start != 4 + 2 * count) {
            throw QrReadException.corrupt("scan header for " + count + " components");
        }
        JpegFrame.Component[] scan = new JpegFrame.Component[count];
        for (int i = 0; i < count; i++) {
            int p = start + 1 + 2 * i;
            scan[i] = component(data[p] & 0xFF);
            for (int j = 0; j < i; j++) {
                if (scan[j] == scan[i]) {
                    throw QrReadException.corrupt("component repeated in scan");
                }
            }
            int dcId = (data[p + 1] & 0xFF) >>> 4;
            int acId = data[p + 1] & 0x0F;
            if (dcId > 3 || acId > 3) {
                throw QrReadException.corrupt("Huffman table id above 3");
            }
            scan[i].dcTable = dcTables[dcId];
            scan[i].acTable = acTables[acId];
        }
        int p = start + 1 + 2 * count;
        int spectralStart = data[p] & 0xFF;
        int spectralEnd = data[p + 1] & 0xFF;
        int approximationHigh = (data[p + 2] & 0xFF) >>> 4;
        int approximationLow = data[p + 2] & 0x0F;
        if (frame.progressive) {
            checkProgressiveScan(count, spectralStart, spectralEnd, approximationHigh, approximationLow);
        } else {
            spectralStart = 0;
            spectralEnd = 63;
            approximationHigh = 0;
            approximationLow = 0;
        }
        boolean hasLuma = false;
        for (JpegFrame.Component c : scan) {
            hasLuma |= c == frame.luma();
        }
        if (!hasLuma) {
            // Each scan's bits stand alone (predictors and end-of-band runs restart), so a chroma-only scan can go.
            return skipEntropyCodedData(end);
        }
        for (JpegFrame.Component c : scan) {
            boolean needsDc = spectralStart == 0 && approximationHigh == 0;
            boolean needsAc = spectralEnd > 0;
            if (needsDc && c.dcTable == null || needsAc && c.acTable == null) {
                throw QrReadException.corrupt("scan uses an undefined Huffman table");
            }
        }
        // Sequential scans transform blocks at once; progressive ones wait for the last scan (see finish).
        int[] quantisation = quantisationTables[frame.luma().quantisationTable];
        if (!frame.progressive && quantisation == null) {
            throw QrReadException.corrupt("undefined quantisation table");
        }
        JpegBitReader reader = new JpegBitReader(data, end);
        new JpegScanDecoder(frame, scan, spectralStart, spectralEnd, approximationHigh, approximationLow,
                restartInterval, quantisation, reader).decode();
        if (reader.truncated()) {
            throw QrReadException.corrupt("truncated inside a scan");
        }
        return reader.position();
    }

    private void requireLuminanceFirst() throws QrReadException {
        JpegFrame.Component[] c = frame.components;
        boolean rgb = c.length == 3 && (adobeTransform == ADOBE_TRANSFORM_NONE
                || c[0].id == 'R' && c[1].id == 'G' && c[2].id == 'B');
        if (rgb) {
            throw QrReadException.unsupported("RGB JPEG: no luminance component");
        }
    }

    private static void checkProgressiveScan(int count, int ss, int se, int ah, int al) throws QrReadException {
        boolean dc = ss == 0;
        boolean valid = ss <= se && se <= 63 && al <= 13 && (dc ? se == 0 : count == 1)
                && (ah == 0 || ah == al + 1);
        if (!valid) {
            throw QrReadException.corrupt("progressive scan Ss=" + ss + " Se=" + se + " Ah=" + ah + " Al=" + al);
        }
    }

    private JpegFrame.Component component(int id) throws QrReadException {
        for (JpegFrame.Component c : frame.components) {
            if (c.id == id) {
                return c;
            }
        }
        throw QrReadException.corrupt("scan names unknown component " + id);
    }

    /** Passes over a scan this decoder has no use for, up to the next marker that is not RSTn. */
    private int skipEntropyCodedData(int pos) throws QrReadException {
        for (int p = pos; p + 1 < data.length; p++) {
            if ((data[p] & 0xFF) == 0xFF) {
                int next = data[p + 1] & 0xFF;
                if (next != 0 && next != 0xFF && (next < RST0 || next > RST7)) {
                    return p;
                }
            }
        }
        throw QrReadException.corrupt("truncated inside a scan");
    }

    private GrayImage finish() throws QrReadException {
        if (frame.progressive) {
            int[] quantisation = quantisationTables[frame.luma().quantisationTable];
            if (quantisation == null) {
                throw QrReadException.corrupt("undefined quantisation table");
            }
            frame.writeAllLumaBlocks(quantisation);
        }
        JpegFrame.Component luma = frame.luma();
        if (luma.width == frame.width && luma.height == frame.height) {
            return new GrayImage(frame.width, frame.height, frame.lumaSamples);
        }
        // Luminance sampled below the frame's maximum (legal, if odd): repeat each sample, as libjpeg's
        // box upsampling does.
        byte[] full = GrayImage.allocate(frame.width, frame.height);
        for (int y = 0; y < frame.height; y++) {
            int sourceRow = Math.min(luma.height - 1, y * luma.v / frame.maxV) * luma.width;
            for (int x = 0; x < frame.width; x++) {
                int sourceColumn = Math.min(luma.width - 1, x * luma.h / frame.maxH);
                full[y * frame.width + x] = frame.lumaSamples[sourceRow + sourceColumn];
            }
        }
        return new GrayImage(frame.width, frame.height, full);
    }

    private int readShort(int pos) {
        return (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
    }
}
