package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrPngWriterWritesA1BitPngWithQuietZone {

    private static final String OTHER_HC1_TEXT = "HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE$VK G2EP4J0BGJLFX3R3VHXK.PJ:2DPF6R:5SVBHABVCNN95SWMPHQUHQN%A0SOE+QQAB-HQ/HQ7IR.SQEEOK9SAI4- 7Y15KBPD34  QWSP0WRGTQFNPLIR.KQNA7N95U/3FJCTG90OARH9P1J4HGZJKBEG%123ZC$0BCI757TLXKIBTV5TN%2LXK-$CH4TSXKZ4S/$K%0KPQ1HEP9.PZE9Q$95:UENEUW6646936HRTO$9KZ56DE/.QC$Q3J62:6LZ6O59++9-G9+E93ZM$96TV6NRNJ1";

    private final QrSymbol symbol = QrEncoder.encode(TestImages.vietnamHc1());

    @Test
    void hasOnlyIhdrIdatIendWithValidChecksumsAnd1BitGrayHeader() {
        byte[] png = QrPngWriter.write(symbol, 3);

        assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(PngBuilder.SIGNATURE);
        List<String> types = new ArrayList<>();
        int pos = 8;
        while (pos < png.length) {
            int length = PngDecoder.readInt(png, pos);
            types.add(new String(png, pos + 4, 4, StandardCharsets.US_ASCII));
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + length);
            assertThat(PngDecoder.readInt(png, pos + 8 + length)).isEqualTo((int) crc.getValue());
            pos += 12 + length;
        }
        assertThat(types).containsExactly("IHDR", "IDAT", "IEND");
        int side = (symbol.size() + 8) * 3;
        assertThat(PngDecoder.readInt(png, 16)).isEqualTo(side);
        assertThat(PngDecoder.readInt(png, 20)).isEqualTo(side);
        assertThat(new int[] {png[24], png[25], png[26], png[27], png[28]})
                .as("bit depth, colour type, compression, filter method, interlace").containsExactly(1, 0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} pixels per module")
    @ValueSource(ints = {1, 2, 4, 7})
    void eachModuleIsASquareOfBlackOrWhitePixelsInsideAWhiteQuietZone(int pixelsPerModule) throws Exception {
        GrayImage image = PngDecoder.decode(QrPngWriter.write(symbol, pixelsPerModule));

        int quiet = QrSymbol.QUIET_ZONE_MODULES;
        assertThat(image.width()).isEqualTo((symbol.size() + 2 * quiet) * pixelsPerModule);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int mx = x / pixelsPerModule - quiet;
                int my = y / pixelsPerModule - quiet;
                boolean inSymbol = mx >= 0 && my >= 0 && mx < symbol.size() && my < symbol.size();
                int expected = inSymbol && symbol.isDark(mx, my) ? 0 : 255;
                if (image.at(x, y) != expected) {
                    throw new AssertionError("pixel " + x + "," + y + " is " + image.at(x, y));
                }
            }
        }
    }

    @Test
    void usesFourPixelsPerModuleByDefault() throws Exception {
        GrayImage image = PngDecoder.decode(QrPngWriter.write(symbol));

        assertThat(image.width()).isEqualTo((symbol.size() + 8) * QrPngWriter.DEFAULT_PIXELS_PER_MODULE);
    }

    @ParameterizedTest(name = "{0} pixels per module")
    @ValueSource(ints = {1, 2, 4})
    void readsBackToTheSameText(int pixelsPerModule) throws QrReadException {
        byte[] png = QrPngWriter.write(symbol, pixelsPerModule);

        assertThat(QrReader.read(png)).isEqualTo(TestImages.vietnamHc1());
    }

    @ParameterizedTest(name = "{0} pixels per module")
    @ValueSource(ints = {2, 4})
    void zbarimgReadsExactlyTheSameText(int pixelsPerModule, @TempDir Path dir) throws Exception {
        assumeTrue(zbarimgInstalled(), "zbarimg not installed (apt-get install zbar-tools); CI installs it");
        for (String text : List.of(TestImages.vietnamHc1(), OTHER_HC1_TEXT)) {
            Path file = dir.resolve("qr.png");
            Files.write(file, QrPngWriter.write(QrEncoder.encode(text), pixelsPerModule));

            assertThat(zbarimg(file)).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, QrPngWriter.MAX_PIXELS_PER_MODULE + 1})
    void refusesPixelsPerModuleOutOfRange(int pixelsPerModule) {
        assertThatThrownBy(() -> QrPngWriter.write(symbol, pixelsPerModule))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean zbarimgInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "zbarimg"))) {
                return true;
            }
        }
        return false;
    }

    /** zbarimg's text, without the newline it ends its output with. */
    private static String zbarimg(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("zbarimg", "--raw", "-q", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("zbarimg finished").isTrue();
        assertThat(process.exitValue()).as("zbarimg exit status").isZero();
        String text = new String(out, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
