package vn.vaxpass.server.pages;

import java.net.URL;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The console as staff use it: the portal page's habits (fields, buttons, views, notices) at /console/. */
final class ConsolePage {

    private final PortalPage page;
    private final ChromeDriver driver;
    private final URL root;

    ConsolePage(ChromeDriver driver, URL root) {
        this.page = new PortalPage(driver, root);
        this.driver = driver;
        this.root = root;
    }

    PortalPage page() {
        return page;
    }

    /** A fresh tab state at the sign-in, in Vietnamese. */
    ConsolePage open() {
        driver.get(root + "console/");
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
        page.awaitReady();
        page.awaitView("signin");
        return this;
    }

    /** Signs in with the development sign-in as this role of this place; the role's first view follows. */
    ConsolePage signIn(String role, String province, String commune, String village) {
        page.waiting().until(d -> d.findElement(By.id("signin-form")).isDisplayed());
        new Select(driver.findElement(By.id("signin-role"))).selectByValue(role);
        page.type("signin-province", province);
        page.type("signin-commune", commune == null ? "" : commune);
        page.type("signin-village", village == null ? "" : village);
        page.click("Đăng nhập");
        return this;
    }

    /** Waits for the item view of the subject whose name is shown in the list, after clicking it. */
    void openItemOf(String fullName) {
        page.click(fullName);
        page.awaitView("item");
    }
}
