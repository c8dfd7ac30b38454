package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.server.pages.ConsoleCommunes.Commune;

/**
 * Staff sign in to the console with the ministry's identity provider (in the test, {@link TestIdentityProvider}): the
 * authorization code flow with PKCE, the token's role and place deciding what the console shows; a cancelled
 * sign-in and a return the tab did not start leave nobody signed in.
 */
@QuarkusTest
class AClerkSignsInWithTheIdentityProvider {

    private static final String PROVIDER_BUTTON = "Đăng nhập qua Cổng định danh thử";
    private static final String PASSWORD = "mat-khau-thu";

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConsoleCommunes communes;

    @Inject
    TestIdentityProvider provider;

    @Test
    void theStationClerkComesBackSignedInForTheirCommune() {
        Commune commune = communes.withMisnamedResidents("Nguyen Thi Dinh");
        String account = "tram-y-te-" + commune.code();
        provider.register(account, PASSWORD, Map.of(Claims.GROUPS, List.of(Roles.COMMUNE_HEALTH),
                Claims.PROVINCE, ConsoleCommunes.PROVINCE, Claims.COMMUNE, commune.code()));
        int issued = provider.tokensIssued();
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root).open();
        PageChecks.check(driver, "console-sign-in-with-provider");

        console.page().click(PROVIDER_BUTTON);
        signInAtTheProvider(driver, account, "mat-khau-sai");
        assertThat(driver.findElement(By.id("login-error")).getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        signInAtTheProvider(driver, account, PASSWORD);

        console.page().awaitReady();
        console.page().awaitView("lists");
        assertThat(console.page().text("who")).contains("Trạm y tế xã").contains(commune.code());
        assertThat(driver.findElement(By.id("development")).isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        assertThat(provider.tokensIssued()).isEqualTo(issued + 1);
        assertThat(driver.executeScript("return sessionStorage.getItem('vaxpass.sign-in.pending')")).isNull();

        console.page().click("Lập danh sách rà soát");
        console.page().awaitView("list");
    }

    @Test
    void aCancelledSignInIsSaidAndLeavesNobodySignedIn() {
        ChromeDriver driver = Chromium.driver();
        ConsolePage console = new ConsolePage(driver, root).open();
        console.page().click(PROVIDER_BUTTON);
        driver.findElement(By.xpath("//button[normalize-space()='Huỷ']")).click();

        console.page().awaitReady();
        assertThat(console.page().notice()).isEqualTo("Bạn đã huỷ đăng nhập. Bấm nút đăng nhập để thử lại.");
        console.page().awaitView("signin");
        assertThat(driver.executeScript("return sessionStorage.getItem('vaxpass.staff')")).isNull();
    }

    @Test
    void aReturnThisTabDidNotStartIsRefusedWithoutAskingForAToken() {
        int refused = provider.exchangesRefused();
        int issued = provider.tokensIssued();
        ChromeDriver driver = Chromium.driver();
        new ConsolePage(driver, root).open();
        driver.get(root + "console/?code=from-someone-else&state=forged");

        PortalPage page = new PortalPage(driver, root);
        page.awaitReady();
        assertThat(page.notice()).startsWith("Lượt đăng nhập này không bắt đầu từ trang này");
        page.awaitView("signin");
        assertThat(driver.executeScript("return sessionStorage.getItem('vaxpass.staff')")).isNull();
        assertThat(provider.exchangesRefused()).isEqualTo(refused);
        assertThat(provider.tokensIssued()).isEqualTo(issued);
    }

    /** Signs in on the provider's login page; the caller waits for where that leads. */
    static void signInAtTheProvider(ChromeDriver driver, String account, String password) {
        new PortalPage(driver, null).waiting().until(d -> !d.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(account);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.xpath("//button[normalize-space()='Đồng ý']")).click();
        new PortalPage(driver, null).waiting().until(d -> !d.findElements(By.id("login-error")).isEmpty()
                || !d.getCurrentUrl().contains(TestIdentityProvider.ROOT));
    }
}
