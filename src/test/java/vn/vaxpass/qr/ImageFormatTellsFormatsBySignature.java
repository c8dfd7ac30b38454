package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFormatTellsFormatsBySignature {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "vn-sample/VN/1.3.0/VAC_VN.png, JPEG",
        "png/qr-gray1.png, PNG",
        "jpeg/qr-progressive.jpg, JPEG",
        "dcc-testdata/FI/png/1.png, PNG",
        "dcc-testdata/NOTICE, UNKNOWN"
    })
    void bySignatureNotByName(String file, ImageFormat expected) {
        assertThat(ImageFormat.detect(TestImages.bytes(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "'GIF87a', GIF", "'BM6', BMP", "'II*\0', TIFF_LITTLE_ENDIAN", "'MM\0*', TIFF_BIG_ENDIAN",
        "'RIFF\0\0\0\0WEBP', WEBP", "'\0\0\0\u000cjP  ', JPEG_2000", "'\0\0\0\u0018ftypavif', ISO_MEDIA",
        "'', UNKNOWN", "'\u0089PN', UNKNOWN", "'\u00ff\u00d8', UNKNOWN"
    })
    void recognisesOtherFormatsToSayTheyAreUnsupported(String header, ImageFormat expected) {
        assertThat(ImageFormat.detect(header.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(expected);
    }
}
