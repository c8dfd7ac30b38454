package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/**
 * Step 4 of the procedure through the console: the station imports a file of ID numbers, sees a report line for each
 * refused row, and the verification list shows the record it changed.
 */
@QuarkusTest
class AStationImportsIdNumbersFromAFile {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Test
    void goodRowsAreAppliedAndTheRefusedOneIsReportedOnItsRow() throws IOException {
        Commune commune = communes.withMisnamedResidents("Tran Van Tra", "Ho Thi Hue");
        String newIdNumber = LookupRows.freshIdNumber();
        Path file = Files.createTempFile("so-dinh-danh-", ".csv");
        Files.writeString(file, "subject_id,id_number,full_name,date_of_birth,gender\r\n"
                + commune.subjectIds().get(0) + "," + newIdNumber + ",,,\r\n"
                + commune.subjectIds().get(1) + ",12345,,,\r\n", StandardCharsets.UTF_8);
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root).open();
        console.signIn("commune-health", ConsoleCommunes.PROVINCE, commune.code(), null);
        console.page().awaitView("lists");
        console.page().click("Danh sách kiểm tra sau khi sửa");
        console.page().awaitView("verification");
        assertThat(console.page().text("verification")).isEqualTo("Chưa có hồ sơ nào được sửa.");

        driver.findElement(By.id("id-import-file")).sendKeys(file.toAbsolutePath().toString());
        console.page().click("Nhập tệp");
        console.page().waiting().until(d -> d.findElement(By.id("id-import-report")).isDisplayed());

        String report = console.page().text("id-import-report");
        assertThat(report).startsWith("Đã cập nhật 1 dòng, 0 dòng không đổi, 1 dòng bị từ chối.");
        assertThat(driver.findElements(By.cssSelector("#id-import-report tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#id-import-report tbody tr td")).getText()).isEqualTo("3");
        assertThat(console.page().text("verification")).contains("Tran Van Tra").contains(newIdNumber)
                .contains("Nhập từ tệp").doesNotContain("Ho Thi Hue");
        PageChecks.check(driver, "console-id-import");
        Files.delete(file);
    }
}
