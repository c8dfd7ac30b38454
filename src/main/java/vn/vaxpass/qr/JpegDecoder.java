package vn.vaxpass.qr;

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
    /** Far above the 10 or so scans of usual progressive files; bounds the work a hostile file can ask. */
    private static final int MAX_SCANS = 128;

    private final byte[] data;
    private final JpegTables tables;
    private JpegFrame frame;
    private int restartInterval;
    private int adobeTransform = -1;
    private int scans;

    private JpegDecoder(byte[] data) {
        this.data = data;
        this.tables = new JpegTables(data);
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
                    tables.readHuffman(start, end);
                    break;
                case DQT:
                    tables.readQuantisation(start, end);
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
        frame = JpegFrame.read(data, start, end, progressive);
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
            scan[i].dcTable = tables.dc(dcId);
            scan[i].acTable = tables.ac(acId);
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
        int[] quantisation = tables.quantisation(frame.luma().quantisationTable);
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
            int[] quantisation = tables.quantisation(frame.luma().quantisationTable);
            if (quantisation == null) {
                throw QrReadException.corrupt("undefined quantisation table");
            }
            frame.writeAllLumaBlocks(quantisation);
        }
        return frame.luminance();
    }

    private int readShort(int pos) {
        return (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
    }
}
