package vn.vaxpass.server.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/** The portal's main path, in Chromium: phone and details, the SMS code, the record, the QR, its PNG, its print. */
@QuarkusTest
class ACitizenFindsTheirRecordAndKeepsTheirCertificate {

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Test
    void theCodeFromTheSmsShowsTheRecordAndItsQrWhosePngVerifies() throws IOException {
        Citizen citizen = citizens.certifiable("Đặng Thị Thu Hà");
        ChromeDriver driver = Chromium.driver();
        PortalPage portal = new PortalPage(driver, root).open();
        assertThat(portal.heading()).isEqualTo("Tra cứu hồ sơ tiêm chủng");
        PageChecks.check(driver, "portal-find");

        portal.requestCode(citizen.phone(), "đặng thị thu hà", PortalCitizens.DATE_OF_BIRTH);
        assertThat(portal.text("code-intro")).contains("6 chữ số");
        PageChecks.check(driver, "portal-code");

        portal.answer(portal.smsCode()).awaitView("records");
        assertThat(portal.text("records")).contains("Hồ sơ của Đặng Thị Thu Hà", "Ngày sinh: 07/03/1985",
                "khớp với Cơ sở dữ liệu quốc gia về dân cư", "Bạn đã có thể nhận chứng nhận tiêm chủng");
        PageChecks.check(driver, "portal-record");

        portal.click("Xem chứng nhận (mã QR)");
        portal.awaitView("certificate");
        portal.waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const qr = document.getElementById('qr'); return qr.complete && qr.naturalWidth > 0")));
        assertThat(driver.findElement(By.id("qr")).getAttribute("alt"))
                .isEqualTo("Mã QR chứng nhận tiêm chủng của Đặng Thị Thu Hà");
        assertThat(portal.text("certificate-from")).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(portal.text("certificate-until")).matches("\\d{2}/\\d{2}/\\d{4}");
        PageChecks.check(driver, "portal-certificate");

        byte[] png = downloaded(portal, "Tải ảnh PNG", "png");
        given().contentType("image/png").body(png).when().post("/v1/certificates/verify")
                .then().statusCode(200).body("valid", equalTo(true));
        assertThat(new String(downloaded(portal, "Tải ảnh SVG", "svg"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<svg");

        byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        Files.write(PageChecks.SCREENSHOTS.resolve("portal-certificate-print.pdf"), pdf);
        assertThat(pageCount(pdf)).as("the certificate prints on one A4 page").isEqualTo(1);
    }

    private static byte[] downloaded(PortalPage portal, String button, String extension) throws IOException {
        Path file = Chromium.DOWNLOADS.resolve("chung-nhan-tiem-chung." + extension);
        Files.deleteIfExists(file);
        portal.click(button);
        portal.waiting().until(d -> Files.isRegularFile(file) && !partial(extension));
        return Files.readAllBytes(file);
    }

    private static boolean partial(String extension) {
        try (Stream<Path> files = Files.list(Chromium.DOWNLOADS)) {
            return files.anyMatch(path -> path.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static long pageCount(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count();
    }
}
