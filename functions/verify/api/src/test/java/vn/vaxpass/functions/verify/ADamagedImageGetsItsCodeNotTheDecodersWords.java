package vn.vaxpass.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.time.Clock;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrReadException;

/** What the image decoders found wrong stays in the server: a caller gets the failure's code and fixed words. */
@QuarkusTest
class ADamagedImageGetsItsCodeNotTheDecodersWords {

    private static final String PATH = "/v1/certificates/verify";

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    @Test
    void aPngWithDamagedPixelDataIsCorruptInPlainWords() {
        byte[] png = QrPngWriter.write(QrEncoder.encode(
                issuer.issue(aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF", clock.instant()).hc1()));
        byte[] damaged = Arrays.copyOf(png, png.length);
        int pixelData = indexOf(damaged, "IDAT".getBytes()) + 4;
        Arrays.fill(damaged, pixelData + 2, Math.min(damaged.length - 12, pixelData + 40), (byte) 0xFF);

        given().contentType("image/png").body(damaged)
                .when().post(PATH)
                .then().statusCode(422)
                .body("code", equalTo("CORRUPT_IMAGE"))
                .body("message", equalTo(QrReadException.Code.CORRUPT_IMAGE.publicMessage()))
                .body("message", not(containsString("zlib")))
                .body("message", not(containsString("Exception")));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no IDAT chunk");
    }
}
