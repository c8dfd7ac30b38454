package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/**
 * The 2022 procedure, through the pages only: the station lists its commune and assigns an item to a village, the
 * village team proposes the right name, the station sends the list to the police, the police confirm one item and
 * reject the other and sign the hand-back (its hash as a QR code for the paper, its signature checked, the list
 * printed), the station applies it and sees the corrected record on its verification list.
 */
@QuarkusTest
class TheCleanUpRoundThroughTheConsole {

    private static final String VILLAGE = "Thôn Đông";

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Test
    void fromListToVerificationList() throws IOException {
        Commune commune = communes.withMisnamedResidents("Nguyen Van An", "Do Thi Hue");
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root);
        PortalPage page = console.page();

        as(console, "commune-health", commune, null);
        page.click("Lập danh sách rà soát");
        page.awaitView("list");
        String listUrl = driver.getCurrentUrl();
        console.openItemOf("Nguyen Van An");
        page.type("assign-village", VILLAGE);
        page.click("Giao");
        page.waiting().until(d -> d.findElement(By.id("item-facts")).getText().contains("Đã giao thôn"));

        as(console, "village-team", commune, VILLAGE);
        driver.findElement(By.cssSelector("#lists a")).click();
        page.awaitView("list");
        assertThat(page.text("items")).contains("Nguyen Van An").doesNotContain("Do Thi Hue");
        console.openItemOf("Nguyen Van An");
        page.type("proposal-fullName", "Nguyễn Văn An");
        page.type("proposal-note", "Theo CCCD của ông An");
        page.click("Gửi đề xuất");
        page.waiting().until(d -> d.findElement(By.id("item-facts")).getText().contains("Thôn đã đề xuất"));
        PageChecks.check(driver, "console-item-village");

        as(console, "commune-health", commune, null);
        driver.get(listUrl);
        page.awaitView("list");
        page.click("Gửi công an xã");
        page.waiting().until(d -> d.findElement(By.id("list-summary")).getText().contains("Đã gửi công an xã"));

        as(console, "commune-police", commune, null);
        driver.get(listUrl);
        page.awaitView("list");
        console.openItemOf("Nguyen Van An");
        new Select(driver.findElement(By.id("decision-decision"))).selectByValue("CONFIRM");
        page.click("Ghi quyết định");
        page.waiting().until(d -> d.findElement(By.id("item-facts")).getText().contains("Công an xác nhận"));
        page.click("Quay lại danh sách");
        page.awaitView("list");
        console.openItemOf("Do Thi Hue");
        PageChecks.check(driver, "console-item-police");
        new Select(driver.findElement(By.id("decision-decision"))).selectByValue("REJECT");
        page.type("decision-reason", "Người này đã chuyển đi nơi khác");
        page.click("Ghi quyết định");
        page.waiting().until(d -> d.findElement(By.id("item-facts")).getText().contains("Công an không xác nhận"));
        page.click("Quay lại danh sách");
        page.awaitView("list");
        page.click("Ký và trả danh sách");
        page.waiting().until(d -> d.findElement(By.id("list-summary")).getText().contains("Công an đã ký trả"));
        page.waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const qr = document.getElementById('hand-back-qr'); return qr.complete && qr.naturalWidth > 0")));
        page.click("Kiểm tra chữ ký số");
        page.waiting().until(d -> d.findElement(By.id("hand-back-checked")).isDisplayed());
        assertThat(page.text("hand-back-checked")).startsWith("Chữ ký số hợp lệ");
        PageChecks.check(driver, "console-hand-back");
        byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        Files.write(PageChecks.SCREENSHOTS.resolve("console-hand-back-print.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        as(console, "commune-health", commune, null);
        driver.get(listUrl);
        page.awaitView("list");
        page.click("Cập nhật theo danh sách công an trả");
        page.waiting().until(d -> d.findElement(By.id("list-summary")).getText().contains("Đã cập nhật"));
        page.click("Quay lại các danh sách");
        page.awaitView("lists");
        page.click("Danh sách kiểm tra sau khi sửa");
        page.awaitView("verification");
        assertThat(page.text("verification")).contains("Nguyễn Văn An", "Theo công an xã")
                .doesNotContain("Do Thi Hue");
        PageChecks.check(driver, "console-verification");
    }

    private static void as(ConsolePage console, String role, Commune commune, String village) {
        console.open().signIn(role, ConsoleCommunes.PROVINCE, commune.code(), village);
        console.page().awaitView("lists");
    }
}
