package vn.vaxpass.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import vn.vaxpass.fuzzing.Bytes;
import vn.vaxpass.fuzzing.FuzzTarget;

/**
 * Structure-aware fuzzing of the image codecs: PNGs and JPEGs holding QR codes (a certificate's, written by
 * {@link QrPngWriter}, Viet Nam's sample photo and the codecs' own test images) taken apart into chunks or
 * segments, one part mutated, and put together again with valid CRCs and lengths, so that a mutation reaches the
 * decoder's checks instead of its CRC test. PNG: IHDR fields (size, bit depth, colour type, interlace), chunk
 * lengths, types and order, PLTE and tRNS sizes, the image data damaged before deflating (filter types, rows) or
 * after. JPEG: frame header fields (precision, size, components, sampling, tables), Huffman and quantisation
 * tables, restart intervals, scan headers (components, spectral selection, approximation), the entropy-coded data,
 * segment lengths and order.
 *
 * <p>The oracle: the decoders themselves (not {@link QrReader}'s net, which would turn a RuntimeException into
 * CORRUPT_IMAGE) end in an image or a {@link QrReadException} with its code; a decoded image goes on to the QR reader
 * and its text to {@code verify}, and only the certificate's own text may be valid.
 */
public final class MutatedImages implements FuzzTarget<MutatedImages.Mutant> {

    /** One mutated image: its seed, the part mutated and how, and the bytes. */
    public record Mutant(String seed, String layer, List<String> mutations, byte[] image) {
    }

    /** Images with QR codes and the codecs' test images: every colour type, bit depth, interlace, JPEG process. */
    static final List<String> FILES = List.of("png/qr-gray1.png", "png/qr-palette2-adam7.png", "png/qr-gray8-trns.png",
            "png/qr-rgba8-transparent.png", "png/gradient-rgba16-adam7.png", "png/gradient-gray16.png",
            "png/qr-palette8-trns.png", "png/qr-graya8-transparent.png", "jpeg/qr-progressive.jpg",
            "jpeg/colour-444-progressive-restart.jpg", "jpeg/colour-luma-subsampled.jpg", "jpeg/gray-baseline.jpg",
            "jpeg/colour-420-optimised-restart.jpg", "jpeg/colour-extended-sof1.jpg", "jpeg/colour-420.jpg",
            "jpeg/gray-progressive.jpg", "vn-sample/VN/1.3.0/VAC_VN.png");

    /**
     * Images up to this many pixels go on to the QR reader; larger ones (made by the mutations that blow a header up)
     * end at the decoder, whose bounds are what is fuzzed: ZXing would spend seconds on each.
     */
    static final long QR_READ_PIXELS = 1L << 20;
    private static final Map<Integer, byte[]> ZEROS = new ConcurrentHashMap<>();

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final List<Mutant> seeds = new ArrayList<>();
    private final String certificateText;
    private final Function<String, String> verify;

    /**
     * @param certificateText an HC1 whose QR code, written by {@link QrPngWriter}, is one of the seeds
     * @param verify the verifier's outcome for a text read: a code, or {@code VALID}
     */
    public MutatedImages(String certificateText, Function<String, String> verify) {
        this.certificateText = certificateText;
        this.verify = verify;
        seeds.add(new Mutant("certificate PNG", "seed", List.of(), QrPngWriter.write(QrEncoder.encode(certificateText))));
        for (String file : FILES) {
            seeds.add(new Mutant(file, "seed", List.of(), resource(file)));
        }
    }

    @Override
    public Iterable<Mutant> seeds() {
        return seeds;
    }

    @Override
    public int size(Mutant input) {
        return input.image().length;
    }

    @Override
    public String layer(Mutant input) {
        return input.layer();
    }

    @Override
    public String describe(Mutant input) {
        return input.seed() + " / " + input.layer() + " / " + input.mutations() + " / " + Bytes.hex(input.image(), 2048);
    }

    /**
     * A PNG's image data may inflate to 1,032 times its size (deflate's limit, which the decoder holds it to), at one
     * bit a pixel into a byte a pixel: 8,256 bytes of image per byte of file. A JPEG's scans may code 8 blocks a byte,
     * 512 pixels, with two-byte coefficients for a progressive frame and its luminance repeated up to the frame's
     * size. Hence 10,000 bytes per byte of input and a constant for the QR reader's own buffers.
     */
    @Override
    public long allocationBound(int size) {
        return 4L * 1024 * 1024 + 10_000L * size;
    }

    @Override
    public String run(Mutant input) {
        byte[] image = input.image();
        ImageFormat format = ImageFormat.detect(image);
        GrayImage decoded;
        try {
            if (format == ImageFormat.PNG) {
                decoded = PngDecoder.decode(image);
            } else if (format == ImageFormat.JPEG) {
                decoded = JpegDecoder.decode(image);
            } else {
                QrReader.read(image);
                throw new AssertionError("read an image of format " + format);
            }
        } catch (QrReadException e) {
            if (e.code() == null) {
                throw new AssertionError("a QrReadException without its code", e);
            }
            return e.code().name();
        }
        if (decoded.width() <= 0 || decoded.height() <= 0 || decoded.luminance().length != decoded.width() * decoded.height()) {
            throw new AssertionError("decoded a " + decoded.width() + "x" + decoded.height() + " image of "
                    + decoded.luminance().length + " pixels");
        }
        if ((long) decoded.width() * decoded.height() > QR_READ_PIXELS) {
            return "DECODED";
        }
        String text;
        try {
            text = QrReader.readQrCode(decoded);
        } catch (QrReadException e) {
            return e.code().name();
        }
        String outcome = verify.apply(text);
        if ("VALID".equals(outcome) && !text.equals(certificateText)) {
            throw new AssertionError("a QR code read as another valid certificate: " + text);
        }
        return "READ/" + outcome;
    }

    @Override
    public Mutant input(Random random) {
        Mutant seed = seeds.get(random.nextInt(seeds.size()));
        List<String> done = new ArrayList<>();
        byte[] image = seed.image();
        String layer;
        if (random.nextInt(10) == 0) {
            layer = "bytes";
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                image = Bytes.mutate(image, 0, Math.min(image.length, random.nextBoolean() ? 700 : image.length), random, done);
            }
        } else if (ImageFormat.detect(image) == ImageFormat.PNG) {
            Png png = Png.parse(image);
            layer = "png " + mutatePng(png, random, done);
            image = png.write();
            image = png.lieAboutLength(image, random, done);
        } else {
            Jpeg jpeg = Jpeg.parse(image);
            layer = "jpeg " + mutateJpeg(jpeg, random, done);
            image = jpeg.write();
        }
        return new Mutant(seed.seed(), layer, List.copyOf(done), image);
    }

    // ---- PNG ----

    /** A PNG as its chunks; written again with their lengths and CRCs computed, unless a mutation says otherwise. */
    static final class Png {
        final List<Chunk> chunks = new ArrayList<>();
        /** A chunk whose length field is to lie, and by how much; -1 for none. */
        int lyingChunk = -1;
        long lie;

        static final class Chunk {
            String type;
            byte[] data;
            boolean badCrc;

            Chunk(String type, byte[] data) {
                this.type = type;
                this.data = data;
            }
        }

        static Png parse(byte[] png) {
            Png parsed = new Png();
            int pos = 8;
            while (pos + 12 <= png.length) {
                int length = PngDecoder.readInt(png, pos);
                String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
                parsed.chunks.add(new Chunk(type, Arrays.copyOfRange(png, pos + 8, pos + 8 + length)));
                pos += 12 + length;
            }
            return parsed;
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(PNG_SIGNATURE);
            for (Chunk chunk : chunks) {
                byte[] type = chunk.type.getBytes(StandardCharsets.ISO_8859_1);
                writeInt(out, chunk.data.length);
                out.writeBytes(type);
                out.writeBytes(chunk.data);
                CRC32 crc = new CRC32();
                crc.update(type);
                crc.update(chunk.data);
                writeInt(out, (int) crc.getValue() ^ (chunk.badCrc ? 1 : 0));
            }
            return out.toByteArray();
        }

        /** The written PNG with one chunk's length field changed after its CRC was computed. */
        byte[] lieAboutLength(byte[] png, Random random, List<String> done) {
            if (lyingChunk < 0) {
                return png;
            }
            int pos = 8;
            for (int i = 0; i < lyingChunk; i++) {
                pos += 12 + chunks.get(i).data.length;
            }
            byte[] out = png.clone();
            int length = (int) lie;
            out[pos] = (byte) (length >>> 24);
            out[pos + 1] = (byte) (length >>> 16);
            out[pos + 2] = (byte) (length >>> 8);
            out[pos + 3] = (byte) length;
            return out;
        }

        Chunk first(String type) {
            for (Chunk chunk : chunks) {
                if (chunk.type.equals(type)) {
                    return chunk;
                }
            }
            return null;
        }

        /** The image data of every IDAT, in order. */
        byte[] imageData() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Chunk chunk : chunks) {
                if (chunk.type.equals("IDAT")) {
                    out.writeBytes(chunk.data);
                }
            }
            return out.toByteArray();
        }

        /** Replaces every IDAT by {@code pieces} chunks carrying {@code data}, where the first one was. */
        void replaceImageData(byte[] data, int pieces) {
            int at = -1;
            for (int i = chunks.size() - 1; i >= 0; i--) {
                if (chunks.get(i).type.equals("IDAT")) {
                    chunks.remove(i);
                    at = i;
                }
            }
            if (at < 0) {
                at = Math.max(0, chunks.size() - 1);
            }
            int size = Math.max(1, (data.length + pieces - 1) / Math.max(1, pieces));
            List<Chunk> idat = new ArrayList<>();
            for (int from = 0; from < data.length || idat.isEmpty(); from += size) {
                idat.add(new Chunk("IDAT", Arrays.copyOfRange(data, Math.min(from, data.length), Math.min(data.length, from + size))));
            }
            chunks.addAll(at, idat);
        }
    }

    private static String mutatePng(Png png, Random random, List<String> done) {
        Png.Chunk header = png.first("IHDR");
        switch (random.nextInt(12)) {
            case 0, 1: {
                if (header == null || header.data.length != 13) {
                    return mutatePngChunks(png, random, done);
                }
                String[] fields = {"width", "height", "bit depth", "colour type", "compression", "filter method", "interlace"};
                int field = random.nextInt(fields.length);
                if (field < 2) {
                    long value = random.nextBoolean() ? Bytes.interestingNumber(random)
                            : (PngDecoder.readInt(header.data, 4 * field) & 0xFFFFFFFFL) + random.nextInt(5) - 2;
                    putInt(header.data, 4 * field, (int) value);
                    done.add(fields[field] + " = " + (value & 0xFFFFFFFFL));
                } else {
                    int[] values = field == 2 ? new int[] {0, 1, 2, 3, 4, 5, 8, 16, 32, 255}
                            : field == 3 ? new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 255} : new int[] {0, 1, 2, 255};
                    int value = values[random.nextInt(values.length)];
                    header.data[6 + field] = (byte) value;
                    done.add(fields[field] + " = " + value);
                }
                return "IHDR";
            }
            case 2, 3:
                return mutatePixels(png, random, done);
            case 4: {
                byte[] data = png.imageData();
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    data = Bytes.mutate(data, random, done);
                }
                png.replaceImageData(data, 1);
                return "IDAT deflate stream";
            }
            case 5: {
                int pieces = new int[] {2, 7, 100, 5000}[random.nextInt(4)];
                byte[] data = png.imageData();
                png.replaceImageData(data, pieces);
                if (random.nextBoolean()) {
                    for (int i = 0; i < pieces; i++) {
                        png.chunks.add(png.chunks.indexOf(png.first("IDAT")), new Png.Chunk("IDAT", new byte[0]));
                    }
                    done.add("and as many empty IDATs");
                }
                done.add("image data in " + pieces + " IDATs");
                return "IDAT chunking";
            }
            case 6: {
                int[] sizes = {0, 1, 2, 3, 6, 255, 256, 300, 768, 771, 1024};
                String type = random.nextBoolean() ? "PLTE" : "tRNS";
                int size = sizes[random.nextInt(sizes.length)];
                byte[] data = Bytes.randomBytes(random, size);
                Png.Chunk existing = png.first(type);
                if (existing != null && random.nextBoolean()) {
                    existing.data = data;
                } else {
                    int at = png.chunks.indexOf(png.first("IDAT"));
                    png.chunks.add(Math.max(1, at < 0 ? 1 : at), new Png.Chunk(type, data));
                }
                done.add(type + " of " + size + " bytes");
                return type;
            }
            case 7: {
                int chunk = random.nextInt(png.chunks.size());
                long[] lies = {0, 1, 12, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL, png.chunks.get(chunk).data.length + 1L,
                    png.chunks.get(chunk).data.length - 1L, 1L << 20};
                png.lyingChunk = chunk;
                png.lie = lies[random.nextInt(lies.length)];
                done.add(png.chunks.get(chunk).type + " #" + chunk + " claims " + (png.lie & 0xFFFFFFFFL) + " bytes");
                return "chunk length";
            }
            case 8: {
                Png.Chunk chunk = png.chunks.get(random.nextInt(png.chunks.size()));
                chunk.badCrc = true;
                done.add("bad CRC on " + chunk.type);
                return "CRC";
            }
            default:
                return mutatePngChunks(png, random, done);
        }
    }

    private static String mutatePngChunks(Png png, Random random, List<String> done) {
        List<Png.Chunk> chunks = png.chunks;
        int at = random.nextInt(chunks.size());
        switch (random.nextInt(6)) {
            case 0:
                done.add("removed " + chunks.remove(at).type);
                break;
            case 1: {
                Png.Chunk copy = new Png.Chunk(chunks.get(at).type, chunks.get(at).data.clone());
                chunks.add(random.nextInt(chunks.size() + 1), copy);
                done.add("a second " + copy.type);
                break;
            }
            case 2: {
                int other = random.nextInt(chunks.size());
                Png.Chunk swap = chunks.get(at);
                chunks.set(at, chunks.get(other));
                chunks.set(other, swap);
                done.add("swapped chunks " + at + " and " + other);
                break;
            }
            case 3: {
                String[] types = {"IHDR", "IEND", "IDAT", "PLTE", "tRNS", "zzZZ", "ZZZZ", "iCCP", "IHDr", "iHDR", "\0\0\0\0"};
                String type = types[random.nextInt(types.length)];
                done.add(chunks.get(at).type + " renamed " + type.replace("\0", "\\0"));
                chunks.get(at).type = type;
                break;
            }
            case 4: {
                String type = random.nextBoolean() ? "tEXt" : "ZZZZ";
                int size = new int[] {0, 10, 65_536}[random.nextInt(3)];
                chunks.add(1 + random.nextInt(chunks.size()), new Png.Chunk(type, new byte[size]));
                done.add("inserted " + type + " of " + size + " bytes");
                break;
            }
            default: {
                chunks.add(new Png.Chunk("IDAT", Bytes.randomBytes(random, 64)));
                done.add("an IDAT after IEND");
                break;
            }
        }
        return "chunks";
    }

    /** The image data inflated, its rows damaged (filter types, pixel bytes, length), and deflated again. */
    private static String mutatePixels(Png png, Random random, List<String> done) {
        byte[] raw = inflate(png.imageData());
        if (raw.length == 0) {
            raw = new byte[1];
        }
        switch (random.nextInt(6)) {
            case 0: {
                int count = 1 + random.nextInt(8);
                for (int i = 0; i < count; i++) {
                    raw[random.nextInt(raw.length)] = (byte) new int[] {0, 1, 2, 3, 4, 5, 127, 255}[random.nextInt(8)];
                }
                done.add(count + " bytes set to filter-type values");
                break;
            }
            case 1:
                raw = Bytes.mutate(raw, random, done);
                break;
            case 2: {
                int cut = random.nextInt(raw.length);
                raw = Arrays.copyOf(raw, cut);
                done.add("image data cut to " + cut + " bytes");
                break;
            }
            case 3: {
                int more = new int[] {1, 100, 100_000}[random.nextInt(3)];
                raw = Arrays.copyOf(raw, raw.length + more);
                done.add(more + " more bytes of image data");
                break;
            }
            case 4: {
                Arrays.fill(raw, (byte) 0xFF);
                done.add("every byte 255 (palette indices past any palette)");
                break;
            }
            default: {
                Png.Chunk header = png.first("IHDR");
                if (header != null && header.data.length == 13) {
                    int side = new int[] {1024, 4096, 4097, 16_384}[random.nextInt(4)];
                    putInt(header.data, 0, side);
                    putInt(header.data, 4, side);
                    header.data[8] = 1;
                    header.data[9] = 0;
                    header.data[12] = 0;
                    done.add(side + "x" + side + " 1-bit image of zeros");
                    png.replaceImageData(ZEROS.computeIfAbsent(side, s -> deflate(new byte[s * (s / 8 + 1)])), 1);
                    return "pixels";
                }
                break;
            }
        }
        png.replaceImageData(deflate(raw), 1 + random.nextInt(3));
        return "pixels";
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsDictionary() || out.size() > 64_000_000)) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return new byte[0];
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    // ---- JPEG ----

    /** A JPEG as its marker segments, each with the entropy-coded data that follows it (after SOS). */
    static final class Jpeg {
        final List<Segment> segments = new ArrayList<>();

        static final class Segment {
            int marker;
            /** Null for a marker without a length (RSTn, EOI). */
            byte[] payload;
            byte[] entropyCoded = new byte[0];
            /** The length field as written, when it is to lie. */
            Integer length;

            Segment(int marker, byte[] payload) {
                this.marker = marker;
                this.payload = payload;
            }
        }

        static Jpeg parse(byte[] data) {
            Jpeg jpeg = new Jpeg();
            int pos = 2;
            while (pos + 1 < data.length) {
                if ((data[pos] & 0xFF) != 0xFF) {
                    pos++;
                    continue;
                }
                int marker = data[pos + 1] & 0xFF;
                if (marker == 0xFF) {
                    pos++;
                    continue;
                }
                if (marker == 0xD9 || marker >= 0xD0 && marker <= 0xD7 || pos + 4 > data.length) {
                    jpeg.segments.add(new Segment(marker, null));
                    pos += 2;
                    if (marker == 0xD9) {
                        break;
                    }
                    continue;
                }
                int length = (data[pos + 2] & 0xFF) << 8 | (data[pos + 3] & 0xFF);
                int end = Math.min(data.length, pos + 2 + length);
                Segment segment = new Segment(marker, Arrays.copyOfRange(data, pos + 4, end));
                jpeg.segments.add(segment);
                pos = end;
                if (marker == 0xDA) {
                    int scanEnd = pos;
                    while (scanEnd + 1 < data.length) {
                        int next = data[scanEnd + 1] & 0xFF;
                        if ((data[scanEnd] & 0xFF) == 0xFF && next != 0 && !(next >= 0xD0 && next <= 0xD7)) {
                            break;
                        }
                        scanEnd++;
                    }
                    segment.entropyCoded = Arrays.copyOfRange(data, pos, scanEnd);
                    pos = scanEnd;
                }
            }
            return jpeg;
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xFF);
            out.write(0xD8);
            for (Segment segment : segments) {
                out.write(0xFF);
                out.write(segment.marker);
                if (segment.payload != null) {
                    int length = segment.length != null ? segment.length : segment.payload.length + 2;
                    out.write(length >>> 8);
                    out.write(length);
                    out.writeBytes(segment.payload);
                }
                out.writeBytes(segment.entropyCoded);
            }
            return out.toByteArray();
        }

        List<Segment> all(int... markers) {
            List<Segment> found = new ArrayList<>();
            for (Segment segment : segments) {
                for (int marker : markers) {
                    if (segment.marker == marker && segment.payload != null) {
                        found.add(segment);
                    }
                }
            }
            return found;
        }
    }

    private static String mutateJpeg(Jpeg jpeg, Random random, List<String> done) {
        switch (random.nextInt(12)) {
            case 0, 1: {
                List<Jpeg.Segment> frames = jpeg.all(0xC0, 0xC1, 0xC2);
                if (frames.isEmpty()) {
                    return mutateSegments(jpeg, random, done);
                }
                byte[] sof = frames.get(0).payload;
                int field = random.nextInt(6);
                switch (field) {
                    case 0 -> sof[0] = (byte) new int[] {0, 1, 8, 12, 16, 255}[random.nextInt(6)];
                    case 1, 2 -> {
                        int value = random.nextBoolean() ? (int) Bytes.interestingNumber(random) & 0xFFFF
                                : new int[] {0, 1, 7, 8, 9, 16, 17, 16_384, 16_385, 65_535}[random.nextInt(10)];
                        sof[field == 1 ? 1 : 3] = (byte) (value >>> 8);
                        sof[field == 1 ? 2 : 4] = (byte) value;
                    }
                    case 3 -> sof[5] = (byte) new int[] {0, 1, 2, 3, 4, 255}[random.nextInt(6)];
                    default -> {
                        int components = Math.max(0, (sof.length - 6) / 3);
                        if (components > 0) {
                            int c = random.nextInt(components);
                            int part = 1 + random.nextInt(2);
                            int[] values = part == 1 ? new int[] {0x00, 0x11, 0x12, 0x21, 0x22, 0x41, 0x44, 0x45, 0x54, 0xFF}
                                    : new int[] {0, 1, 3, 4, 255};
                            sof[6 + 3 * c + part] = (byte) values[random.nextInt(values.length)];
                        }
                    }
                }
                done.add("frame header field " + field + ": " + Bytes.hex(sof, 32));
                return "SOF";
            }
            case 2: {
                List<Jpeg.Segment> tables = jpeg.all(0xC4);
                if (tables.isEmpty()) {
                    return mutateSegments(jpeg, random, done);
                }
                byte[] dht = tables.get(random.nextInt(tables.size())).payload;
                switch (random.nextInt(4)) {
                    case 0 -> dht[0] = (byte) new int[] {0x00, 0x01, 0x10, 0x11, 0x04, 0x14, 0x20, 0xFF}[random.nextInt(8)];
                    case 1 -> {
                        int at = 1 + random.nextInt(Math.min(16, dht.length - 1));
                        dht[at] = (byte) new int[] {0, 1, 2, 16, 255}[random.nextInt(5)];
                    }
                    case 2 -> {
                        for (int i = 1; i < Math.min(17, dht.length); i++) {
                            dht[i] = (byte) (i <= 2 ? 3 : 0); // more codes of one and two bits than exist
                        }
                    }
                    default -> {
                        if (dht.length > 17) {
                            dht[17 + random.nextInt(dht.length - 17)] = (byte) random.nextInt(256);
                        }
                    }
                }
                done.add("Huffman table " + Bytes.hex(dht, 20));
                return "DHT";
            }
            case 3: {
                List<Jpeg.Segment> tables = jpeg.all(0xDB);
                if (tables.isEmpty()) {
                    return mutateSegments(jpeg, random, done);
                }
                byte[] dqt = tables.get(random.nextInt(tables.size())).payload;
                if (random.nextBoolean()) {
                    dqt[0] = (byte) new int[] {0x00, 0x01, 0x03, 0x04, 0x10, 0x13, 0xFF}[random.nextInt(7)];
                } else {
                    Arrays.fill(dqt, 1, dqt.length, (byte) (random.nextBoolean() ? 0 : 255));
                }
                done.add("quantisation table " + Bytes.hex(dqt, 4));
                return "DQT";
            }
            case 4: {
                int interval = new int[] {0, 1, 2, 65_535}[random.nextInt(4)];
                byte[] payload = random.nextInt(4) == 0 ? new byte[3] : new byte[] {(byte) (interval >>> 8), (byte) interval};
                List<Jpeg.Segment> existing = jpeg.all(0xDD);
                if (!existing.isEmpty()) {
                    existing.get(0).payload = payload;
                } else {
                    jpeg.segments.add(Math.max(0, jpeg.segments.indexOf(jpeg.all(0xDA).stream().findFirst().orElse(null))),
                            new Jpeg.Segment(0xDD, payload));
                }
                done.add("restart interval " + Bytes.hex(payload, 4));
                return "DRI";
            }
            case 5, 6: {
                List<Jpeg.Segment> scans = jpeg.all(0xDA);
                if (scans.isEmpty()) {
                    return mutateSegments(jpeg, random, done);
                }
                byte[] sos = scans.get(random.nextInt(scans.size())).payload;
                int at = random.nextInt(sos.length);
                int[] values = at == 0 ? new int[] {0, 1, 2, 3, 4, 5, 255}
                        : at >= sos.length - 3 ? new int[] {0, 1, 5, 63, 64, 255, 0x10, 0x21, 0xE0, 0x0E}
                        : new int[] {0, 1, 2, 3, 4, 0x00, 0x11, 0x44, 0x04, 0x40, 0xFF};
                sos[at] = (byte) values[random.nextInt(values.length)];
                done.add("scan header " + Bytes.hex(sos, 16));
                return "SOS";
            }
            case 7, 8: {
                List<Jpeg.Segment> scans = jpeg.all(0xDA);
                if (scans.isEmpty()) {
                    return mutateSegments(jpeg, random, done);
                }
                Jpeg.Segment scan = scans.get(random.nextInt(scans.size()));
                switch (random.nextInt(5)) {
                    case 0 -> {
                        scan.entropyCoded = Arrays.copyOf(scan.entropyCoded, random.nextInt(scan.entropyCoded.length + 1));
                        done.add("scan data cut to " + scan.entropyCoded.length);
                    }
                    case 1 -> {
                        int at = random.nextInt(scan.entropyCoded.length + 1);
                        byte[] marker = {(byte) 0xFF, (byte) new int[] {0xD0, 0xD3, 0xD7, 0xD9, 0x00, 0xDA}[random.nextInt(6)]};
                        scan.entropyCoded = Bytes.splice(scan.entropyCoded, at, 0, marker);
                        done.add("marker " + Bytes.hex(marker, 2) + " inside the scan data at " + at);
                    }
                    case 2 -> {
                        scan.entropyCoded = new byte[0];
                        done.add("no scan data");
                    }
                    default -> {
                        for (int i = 1 + random.nextInt(4); i > 0; i--) {
                            scan.entropyCoded = Bytes.mutate(scan.entropyCoded, random, done);
                        }
                    }
                }
                return "scan data";
            }
            case 9: {
                List<Jpeg.Segment> sized = new ArrayList<>();
                for (Jpeg.Segment segment : jpeg.segments) {
                    if (segment.payload != null) {
                        sized.add(segment);
                    }
                }
                Jpeg.Segment segment = sized.get(random.nextInt(sized.size()));
                segment.length = new int[] {0, 1, 2, 3, segment.payload.length + 1, segment.payload.length + 3,
                    Math.max(0, segment.payload.length - 1), 65_535}[random.nextInt(8)];
                done.add(String.format("segment FF%02X claims %d bytes", segment.marker, segment.length));
                return "segment length";
            }
            default:
                return mutateSegments(jpeg, random, done);
        }
    }

    private static String mutateSegments(Jpeg jpeg, Random random, List<String> done) {
        List<Jpeg.Segment> segments = jpeg.segments;
        int at = random.nextInt(segments.size());
        switch (random.nextInt(7)) {
            case 0:
                done.add(String.format("removed FF%02X", segments.remove(at).marker));
                break;
            case 1: {
                Jpeg.Segment original = segments.get(at);
                int copies = random.nextInt(4) == 0 ? 200 : 1;
                for (int i = 0; i < copies; i++) {
                    Jpeg.Segment copy = new Jpeg.Segment(original.marker, original.payload == null ? null : original.payload.clone());
                    copy.entropyCoded = original.entropyCoded.clone();
                    segments.add(at, copy);
                }
                done.add(String.format("FF%02X %d more times", original.marker, copies));
                break;
            }
            case 2: {
                int other = random.nextInt(segments.size());
                Jpeg.Segment swap = segments.get(at);
                segments.set(at, segments.get(other));
                segments.set(other, swap);
                done.add("swapped segments " + at + " and " + other);
                break;
            }
            case 3: {
                List<Jpeg.Segment> frames = jpeg.all(0xC0, 0xC1, 0xC2);
                if (!frames.isEmpty()) {
                    int marker = new int[] {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC9, 0xCA, 0xCF}[random.nextInt(8)];
                    frames.get(0).marker = marker;
                    done.add(String.format("frame marker FF%02X", marker));
                }
                break;
            }
            case 4: {
                int marker = new int[] {0xE0, 0xE1, 0xEE, 0xFE, 0xDC, 0xCC, 0x01, 0xD8}[random.nextInt(8)];
                byte[] payload = marker == 0xEE ? "Adobe\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)
                        : Bytes.randomBytes(random, new int[] {0, 2, 100, 65_533}[random.nextInt(4)]);
                segments.add(at, new Jpeg.Segment(marker, marker == 0x01 || marker == 0xD8 ? null : payload));
                done.add(String.format("inserted FF%02X", marker));
                break;
            }
            case 5: {
                segments.add(at, new Jpeg.Segment(0xD0 + random.nextInt(8), null));
                done.add("a restart marker between segments");
                break;
            }
            default: {
                Jpeg.Segment end = segments.get(segments.size() - 1);
                if (end.marker == 0xD9) {
                    segments.remove(segments.size() - 1);
                    done.add("no EOI");
                } else {
                    segments.add(new Jpeg.Segment(0xD9, null));
                    done.add("an EOI");
                }
                break;
            }
        }
        return "segments";
    }

    // ---- helpers ----

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void putInt(byte[] data, int at, int value) {
        data[at] = (byte) (value >>> 24);
        data[at + 1] = (byte) (value >>> 16);
        data[at + 2] = (byte) (value >>> 8);
        data[at + 3] = (byte) value;
    }

    private static byte[] resource(String path) {
        try (InputStream in = MutatedImages.class.getResourceAsStream("/qr/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource qr/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
