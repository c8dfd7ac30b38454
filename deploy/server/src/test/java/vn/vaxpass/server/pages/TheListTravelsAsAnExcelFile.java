package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/** The station downloads its list as .xlsx from the console and sends it back; the page shows the per-row report. */
@QuarkusTest
class TheListTravelsAsAnExcelFile {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Test
    void theDownloadedListComesBackWithItsReport() throws IOException {
        Commune commune = communes.withMisnamedResidents("Bui Van Kha", "Ha Thi Lan");
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root).open();
        console.signIn("commune-health", ConsoleCommunes.PROVINCE, commune.code(), null);
        PortalPage page = console.page();
        page.awaitView("lists");
        page.click("Lập danh sách rà soát");
        page.awaitView("list");

        Path sheet = Chromium.DOWNLOADS.resolve("danh-sach-ra-soat-" + commune.code() + ".xlsx");
        Files.deleteIfExists(sheet);
        page.click("Tải danh sách (Excel)");
        page.waiting().until(d -> Files.isRegularFile(sheet) && sheet.toFile().length() > 0);
        byte[] zip = Files.readAllBytes(sheet);
        assertThat(new String(zip, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        driver.findElement(By.id("sheet-file")).sendKeys(sheet.toString());
        page.click("Gửi tệp");
        page.waiting().until(d -> d.findElement(By.id("sheet-report")).isDisplayed());
        assertThat(page.text("sheet-report")).startsWith("Đã áp dụng 0 dòng").endsWith("0 dòng bị từ chối.");
        PageChecks.check(driver, "console-list-sheet");
    }
}
