package vn.vaxpass.qr;

import java.util.Arrays;

/**
 * Decodes the entropy-coded data of one JPEG scan with Huffman coding: sequential (ITU-T T.81 §F.2.2) or one
 * of the four progressive passes (§G.1.2). Luminance blocks are kept: inverse-transformed at once when
 * sequential, accumulated as coefficients when progressive. Chrominance blocks of an interleaved scan are
 * decoded only to move through the bits, and thrown away.
 */
final class JpegScanDecoder {

    private final JpegFrame frame;
    private final JpegFrame.Component[] scan;
    private final int spectralStart;
    private final int spectralEnd;
    private final int approximationHigh;
    private final int approximationLow;
    private final int restartInterval;
    private final int[] lumaQuantisation;
    private final JpegBitReader reader;
    private final short[] scratch = new short[64];
    private final JpegIdct idct = new JpegIdct();
    private int endOfBandRun;

    JpegScanDecoder(JpegFrame frame, JpegFrame.Component[] scan, int spectralStart, int spectralEnd,
            int approximationHigh, int approximationLow, int restartInterval, int[] lumaQuantisation,
            JpegBitReader reader) {
        this.frame = frame;
        this.scan = scan;
        this.spectralStart = spectralStart;
        this.spectralEnd = spectralEnd;
        this.approximationHigh = approximationHigh;
        this.approximationLow = approximationLow;
        this.restartInterval = restartInterval;
        this.lumaQuantisation = lumaQuantisation;
        this.reader = reader;
    }

    void decode() throws QrReadException {
        for (JpegFrame.Component c : scan) {
            c.dcPredictor = 0;
        }
        if (scan.length == 1) {
            JpegFrame.Component c = scan[0];
            int mcus = c.blocksPerLine * c.blocksPerColumn;
            for (int n = 0; n < mcus; n++) {
                restartIfDue(n);
                decodeBlock(c, n / c.blocksPerLine, n % c.blocksPerLine);
            }
            return;
        }
        int mcus = frame.mcusPerLine * frame.mcusPerColumn;
        for (int n = 0; n < mcus; n++) {
            restartIfDue(n);
            int mcuRow = n / frame.mcusPerLine;
            int mcuColumn = n % frame.mcusPerLine;
            for (JpegFrame.Component c : scan) {
                for (int v = 0; v < c.v; v++) {
                    for (int h = 0; h < c.h; h++) {
                        decodeBlock(c, mcuRow * c.v + v, mcuColumn * c.h + h);
                    }
                }
            }
        }
    }

    private void restartIfDue(int mcu) {
        if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
            reader.restart();
            for (JpegFrame.Component c : scan) {
                c.dcPredictor = 0;
            }
            endOfBandRun = 0;
        }
    }

    private void decodeBlock(JpegFrame.Component c, int blockRow, int blockColumn) throws QrReadException {
        boolean luma = c == frame.luma();
        if (!frame.progressive) {
            short[] block = scratch;
            Arrays.fill(block, (short) 0);
            decodeSequential(c, block);
            if (luma) {
                frame.writeLumaBlock(idct, lumaQuantisation, block, 0, blockRow, blockColumn);
            }
            return;
        }
        short[] coefficients = luma ? frame.lumaCoefficients : scratch;
        int offset = luma ? (blockRow * c.blocksPerLineForMcu + blockColumn) * 64 : 0;
        if (spectralStart == 0) {
            if (approximationHigh == 0) {
                decodeDcFirst(c, coefficients, offset);
            } else {
                decodeDcRefine(coefficients, offset);
            }
        } else if (approximationHigh == 0) {
            decodeAcFirst(c, coefficients, offset);
        } else {
            decodeAcRefine(c, coefficients, offset);
        }
    }

    private void decodeSequential(JpegFrame.Component c, short[] block) throws QrReadException {
        c.dcPredictor += reader.signed(category(c.dcTable.decode(reader)));
        block[0] = clamp(c.dcPredictor);
        for (int k = 1; k < 64; ) {
            int rs = c.acTable.decode(reader);
            int size = rs & 15;
            int run = rs >>> 4;
            if (size == 0) {
                if (run != 15) {
                    return;
                }
                k += 16;
                continue;
            }
            k += run;
            if (k > 63) {
                throw QrReadException.corrupt("coefficient index past 63");
            }
            block[JpegFrame.ZIGZAG[k++]] = clamp(reader.signed(size));
        }
    }

    private void decodeDcFirst(JpegFrame.Component c, short[] coefficients, int offset) throws QrReadException {
        c.dcPredictor += reader.signed(category(c.dcTable.decode(reader)));
        coefficients[offset] = clamp(c.dcPredictor * (1 << approximationLow));
    }

    private void decodeDcRefine(short[] coefficients, int offset) {
        if (reader.bit() != 0) {
            coefficients[offset] |= (short) (1 << approximationLow);
        }
    }

    private void decodeAcFirst(JpegFrame.Component c, short[] coefficients, int offset) throws QrReadException {
        if (endOfBandRun > 0) {
            endOfBandRun--;
            return;
        }
        for (int k = spectralStart; k <= spectralEnd; ) {
            int rs = c.acTable.decode(reader);
            int size = rs & 15;
            int run = rs >>> 4;
            if (size == 0) {
                if (run < 15) {
                    endOfBandRun = (1 << run) - 1 + reader.bits(run);
                    return;
                }
                k += 16;
                continue;
            }
            k += run;
            if (k > 63) {
                throw QrReadException.corrupt("coefficient index past 63");
            }
            coefficients[offset + JpegFrame.ZIGZAG[k++]] = clamp(reader.signed(size) * (1 << approximationLow));
        }
    }

    /** Successive approximation of AC coefficients (T.81 §G.1.2.3), after libjpeg's decode_mcu_AC_refine. */
    private void decodeAcRefine(JpegFrame.Component c, short[] coefficients, int offset) throws QrReadException {
        int plus = 1 << approximationLow;
        int minus = -1 << approximationLow;
        int k = spectralStart;
        if (endOfBandRun == 0) {
            for (; k <= spectralEnd; k++) {
                int rs = c.acTable.decode(reader);
                int run = rs >>> 4;
                int size = rs & 15;
                int value = 0;
                if (size != 0) {
                    // Only magnitude 1 is valid here; like libjpeg, take any other as 1.
                    value = reader.bit() != 0 ? plus : minus;
                } else if (run != 15) {
                    endOfBandRun = (1 << run) + reader.bits(run);
                    break;
                }
                while (k <= spectralEnd) {
                    int z = offset + JpegFrame.ZIGZAG[k];
                    if (coefficients[z] != 0) {
                        refine(coefficients, z, plus, minus);
                    } else if (--run < 0) {
                        break;
                    }
                    k++;
                }
                if (value != 0 && k <= spectralEnd) {
                    coefficients[offset + JpegFrame.ZIGZAG[k]] = (short) value;
                }
            }
        }
        if (endOfBandRun > 0) {
            for (; k <= spectralEnd; k++) {
                int z = offset + JpegFrame.ZIGZAG[k];
                if (coefficients[z] != 0) {
                    refine(coefficients, z, plus, minus);
                }
            }
            endOfBandRun--;
        }
    }

    private void refine(short[] coefficients, int z, int plus, int minus) {
        if (reader.bit() != 0 && (coefficients[z] & plus) == 0) {
            coefficients[z] = clamp(coefficients[z] + (coefficients[z] >= 0 ? plus : minus));
        }
    }

    private static int category(int symbol) throws QrReadException {
        if (symbol > 16) {
            throw QrReadException.corrupt("DC difference category " + symbol);
        }
        return symbol;
    }

    private static short clamp(int value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
}
