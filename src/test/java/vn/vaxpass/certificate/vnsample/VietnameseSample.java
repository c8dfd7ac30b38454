package vn.vaxpass.certificate.vnsample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Viet Nam's vaccination certificate sample from the EU dcc-quality-assurance repository, under
 * {@code src/test/resources/vn-sample/} (see its SOURCE.txt): the image and the text zbarimg read from it.
 */
public final class VietnameseSample {

    static final String IMAGE = "/vn-sample/VN/1.3.0/VAC_VN.png";
    static final String ZBARIMG_TEXT = "/vn-sample/VN/1.3.0/VAC_VN.zbarimg.txt";

    private VietnameseSample() {
    }

    /** The picture: a baseline JPEG (252x235) despite its {@code .png} name. */
    public static byte[] image() {
        return resource(IMAGE);
    }

    /** The file zbarimg wrote: the HC1 text and the newline zbarimg ends its output with. */
    static String zbarimgOutput() {
        return new String(resource(ZBARIMG_TEXT), StandardCharsets.US_ASCII);
    }

    /** The HC1 text in the picture. */
    public static String hc1() {
        String output = zbarimgOutput();
        if (!output.endsWith("\n") || output.indexOf('\n') != output.length() - 1) {
            throw new IllegalStateException(ZBARIMG_TEXT + " must be one line ended by a newline");
        }
        return output.substring(0, output.length() - 1);
    }

    private static byte[] resource(String path) {
        try (InputStream in = VietnameseSample.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
