package vn.vaxpass.server.pages;

import java.net.URL;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

import vn.vaxpass.server.sms.SentTexts;

/** The citizen portal as a person uses it: by its labels' fields and its buttons, one view at a time. */
final class PortalPage {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** Script errors the page meets after it started, kept for a failing test's message. */
    private static final String RECORD_ERRORS = """
            window.pageErrors = [];
            window.addEventListener('error', e => window.pageErrors.push(e.message));
            window.addEventListener('unhandledrejection', e => window.pageErrors.push(String(e.reason)));
            """;

    private final ChromeDriver driver;
    private final URL root;

    PortalPage(ChromeDriver driver, URL root) {
        this.driver = driver;
        this.root = root;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A first visit: a fresh tab state (no stored lookup), the language the person chose last or Vietnamese. */
    PortalPage open() {
        driver.get(root.toString());
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
        awaitReady();
        return this;
    }

    void awaitReady() {
        // A page just arrived at by a redirect may swap its body while we look.
        waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        driver.executeScript(RECORD_ERRORS);
    }

    PortalPage requestCode(String phone, String fullName, String dateOfBirth) {
        type("phone", phone);
        type("fullName", fullName);
        type("dateOfBirth", dateOfBirth);
        driver.findElement(By.cssSelector("#find-form button[type=submit]")).click();
        awaitView("code");
        return this;
    }

    /** The code texted for the challenge this page holds (serve's SMS outbox, where a developer reads it). */
    String smsCode() {
        String challengeId = JsonPath.from((String) driver.executeScript(
                "return sessionStorage.getItem('vaxpass.challenge')")).getString("challengeId");
        return SentTexts.codeFor(challengeId);
    }

    /** Types the code and sends it; the caller waits for the view that should follow. */
    PortalPage answer(String code) {
        WebElement field = driver.findElement(By.id("code"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
        return this;
    }

    PortalPage findRecord(String phone, String fullName, String dateOfBirth) {
        requestCode(phone, fullName, dateOfBirth);
        answer(smsCode());
        awaitView("records");
        return this;
    }

    void type(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks the visible link or button with this text (a hidden view may hold one of the same name). */
    void click(String linkOrButtonText) {
        By named = By.xpath("//*[self::a or self::button][normalize-space()='" + linkOrButtonText + "']");
        WebElement target = waiting().until(d -> d.findElements(named).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        target.click();
    }

    void awaitView(String view) {
        try {
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
        } catch (TimeoutException e) {
            PageChecks.screenshot(driver, "failed-" + view);
            throw new AssertionError("View " + view + " did not show; the page is at " + driver.executeScript(
                    "return location.hash") + ", says \"" + text("notice") + "\", script errors: "
                    + driver.executeScript("return window.pageErrors || []"), e);
        }
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** What the page says to screen readers through its status region (not shown on screen), once it says it. */
    String announced() {
        By status = By.id("status");
        waiting().until(d -> !d.findElement(status).getAttribute("textContent").isEmpty()
                || d.findElement(By.id("notice")).isDisplayed());
        return driver.findElement(status).getAttribute("textContent");
    }

    String heading() {
        return driver.findElement(By.cssSelector(".view:not([hidden]) h1")).getText();
    }

    /** The message the page shows for the last answer (a form's submit hides the one before at once). */
    String notice() {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        return text("notice");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }
}
