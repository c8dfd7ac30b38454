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

import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/** A provincial health department's official sees each commune's verified share as a chart and a table. */
@QuarkusTest
class AProvinceOfficialFollowsProgressByCommune {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Test
    void theChartAndTableShowTheCommunesAndTheTableDownloads() throws IOException {
        Commune commune = communes.withMisnamedResidents("Pham Van Dong", "Le Thi Rieng", "Vo Thi Sau");
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root).open();
        console.signIn("province-health", ConsoleCommunes.PROVINCE, null, null);
        console.page().awaitView("progress");

        assertThat(driver.findElements(By.cssSelector("#progress-chart svg rect"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#progress-chart svg")).getAttribute("aria-label"))
                .isEqualTo("Tỷ lệ hồ sơ đã khớp CSDL dân cư, theo xã");
        String row = driver.findElements(By.cssSelector("#progress-table tbody tr")).stream()
                .map(line -> line.getText()).filter(text -> text.startsWith(commune.code())).findFirst().orElseThrow();
        assertThat(row).isEqualTo(commune.code() + " 0 3 0% 0");
        PageChecks.check(driver, "console-progress");

        Path csv = Chromium.DOWNLOADS.resolve("tien-do-ra-soat.csv");
        Files.deleteIfExists(csv);
        console.page().click("Tải bảng (CSV)");
        console.page().waiting().until(d -> Files.isRegularFile(csv));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(commune.code());
    }
}
