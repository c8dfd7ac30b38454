package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A header can claim any size; the decoders believe it only as far as the file could fill it. A PNG or JPEG of
 * a few dozen bytes that claims a huge image is refused before its pixels or rows are allocated (an audit
 * found 70 bytes made the verifier allocate about 300 MB).
 */
class ImageDecodersAllocateNoMoreThanTheInputCanFill {

    private static final long ONE_MEGABYTE = 1024 * 1024;

    static Stream<Arguments> tinyFilesClaimingHugeImages() {
        return Stream.of(
                Arguments.of("PNG one row of 16M RGBA16 pixels", png(16_777_216, 1, 16, 6)),
                Arguments.of("PNG 16384x1024 RGBA16", png(16_384, 1024, 16, 6)),
                Arguments.of("PNG 4096x4096 grey", png(4096, 4096, 8, 0)),
                Arguments.of("PNG 1x16M grey", png(1, 16_777_216, 8, 0)),
                Arguments.of("JPEG 4096x4096 baseline", jpeg(4096, 4096, 0xC0)),
                Arguments.of("JPEG 4096x4096 progressive", jpeg(4096, 4096, 0xC2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tinyFilesClaimingHugeImages")
    void aTinyFileClaimingAHugeImageIsRefusedWithoutAllocatingIt(String name, byte[] file) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        QrReadException refused = catchThrowableOfType(QrReadException.class, () -> QrReader.read(file));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(file.length).isLessThan(100);
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isIn(QrReadException.Code.CORRUPT_IMAGE, QrReadException.Code.IMAGE_TOO_LARGE);
        assertThat(allocated).as("bytes allocated for a %d-byte file", file.length).isLessThan(ONE_MEGABYTE);
    }

    private static byte[] png(int width, int height, int bitDepth, int colourType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] data = new byte[64];
        int length = deflater.deflate(data);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** SOI, a frame header for one 8-bit component, EOI: nothing that could code a single block. */
    private static byte[] jpeg(int width, int height, int frameMarker) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) frameMarker, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
            (byte) width, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xD9};
    }
}
