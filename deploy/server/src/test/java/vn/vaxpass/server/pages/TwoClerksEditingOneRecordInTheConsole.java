package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/**
 * Two clerks of one station open the same record; the first to save wins, and the second is told in words that
 * someone else changed it, with the newest version loaded in front of them, never overwriting it unseen.
 */
@QuarkusTest
class TwoClerksEditingOneRecordInTheConsole {

    private static final String SOMEONE_ELSE_CHANGED_IT = "Người khác vừa sửa hồ sơ này. Đã tải lại bản mới nhất: hãy "
            + "xem lại rồi sửa.";

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Test
    void theSecondClerkToSaveIsToldAndSeesTheFirstClerksValues() {
        Commune commune = communes.withMisnamedResidents("Nguyen Van Binh", "Tran Thi Cuc");
        ChromeDriver driver = Chromium.driver();
        String firstTab = driver.getWindowHandle();
        ConsolePage first = new ConsolePage(driver, root).open();
        PageChecks.check(driver, "console-signin");
        first.signIn("commune-health", ConsoleCommunes.PROVINCE, commune.code(), null);
        first.page().awaitView("lists");
        assertThat(driver.findElement(By.id("development")).getText()).startsWith("Đăng nhập phát triển");
        PageChecks.check(driver, "console-lists");
        first.page().click("Lập danh sách rà soát");
        first.page().awaitView("list");
        assertThat(first.page().text("items")).contains("Nguyen Van Binh", "Tran Thi Cuc", "Sai thông tin cá nhân");
        PageChecks.check(driver, "console-list");
        first.openItemOf("Nguyen Van Binh");
        assertThat(first.page().text("item-explanation")).contains("Họ và tên khác với CSDL dân cư.");
        PageChecks.check(driver, "console-item");

        driver.switchTo().newWindow(WindowType.TAB);
        ConsolePage second = new ConsolePage(driver, root).open();
        second.signIn("commune-health", ConsoleCommunes.PROVINCE, commune.code(), null);
        second.page().awaitView("lists");
        driver.findElement(By.cssSelector("#lists a")).click();
        second.page().awaitView("list");
        second.openItemOf("Nguyen Van Binh");
        save(second.page(), "Nguyễn Văn Bình", "Thêm dấu theo CCCD");
        assertThat(second.page().announced()).isEqualTo("Đã lưu. Hồ sơ đã được đối chiếu lại.");
        driver.close();

        driver.switchTo().window(firstTab);
        save(first.page(), "Nguyễn Văn Bính", "Sửa theo sổ hộ khẩu");
        assertThat(first.page().notice()).isEqualTo(SOMEONE_ELSE_CHANGED_IT);
        first.page().waiting().until(d -> "Nguyễn Văn Bình".equals(
                d.findElement(By.id("edit-fullName")).getAttribute("value")));
        PageChecks.check(driver, "console-item-conflict");
    }

    private static void save(PortalPage page, String fullName, String reason) {
        page.type("edit-fullName", fullName);
        page.type("edit-reason", reason);
        page.click("Lưu sửa đổi");
    }
}
