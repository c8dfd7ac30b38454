package vn.vaxpass.server.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the portal promises a phone on a slow network: a first load within its weight budget, every byte from our own
 * host, scripts and styles only from files (a Content-Security-Policy without 'unsafe-inline'), and Vietnamese
 * first with English one tap away, remembered for the next visit.
 */
@QuarkusTest
class ThePortalIsLightSelfHostedAndBilingual {

    /** The budget for the portal's first load, transferred bytes. */
    static final long FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

    private static final String TRANSFERRED = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            return navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
            """;

    @TestHTTPResource("/")
    URL root;

    @Test
    void theFirstLoadStaysWithinBudgetAndComesFromOurHostOnly() {
        ChromeDriver driver = Chromium.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.get(root.toString());
        new PortalPage(driver, root).awaitReady();

        long transferred = ((Number) driver.executeScript(TRANSFERRED)).longValue();
        assertThat(transferred).as("bytes transferred by the first load").isPositive()
                .isLessThanOrEqualTo(FIRST_LOAD_BUDGET_BYTES);
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(r => new URL(r.name).origin)");
        String ours = root.getProtocol() + "://" + root.getAuthority();
        assertThat(hosts).isNotEmpty().allMatch(ours::equals);
    }

    @Test
    void everyScriptAndStyleComesFromAFile() {
        String policy = given().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void vietnameseFirstEnglishOneTapAwayAndRemembered() {
        PortalPage portal = new PortalPage(Chromium.driver(), root).open();
        assertThat(portal.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

        portal.click("English");
        portal.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(portal.heading()).isEqualTo("Find your vaccination record");
        PageChecks.check(portal.driver(), "portal-find-english");

        portal.driver().navigate().refresh();
        portal.awaitReady();
        assertThat(portal.heading()).isEqualTo("Find your vaccination record");
        portal.click("Tiếng Việt");
        portal.waiting().until(d -> "vi".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(portal.heading()).isEqualTo("Tra cứu hồ sơ tiêm chủng");
    }
}
