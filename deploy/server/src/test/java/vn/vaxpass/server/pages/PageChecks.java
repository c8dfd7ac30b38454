package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page must pass, checked where the page stands: axe-core's WCAG 2.1 AA rules run inside Chromium (no
 * violation allowed), and a screenshot at phone and at desktop width under {@code target/screenshots} (the GitHub
 * workflow uploads them; a person looks at them before a page change is called done).
 */
final class PageChecks {

    /** axe-core, installed by {@code npm ci} in deploy/pages/checks (.ci/run does it). */
    static final Path AXE = Path.of("..", "pages", "checks", "node_modules", "axe-core", "axe.min.js");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(error => done(['axe failed: ' + error]));
            """;

    private PageChecks() {
    }

    /** Both checks, at phone width then desktop width; the window is left at phone width. */
    static void check(ChromeDriver driver, String page) {
        checkAt(driver, page, "phone", Chromium.PHONE);
        checkAt(driver, page, "desktop", Chromium.DESKTOP);
        driver.manage().window().setSize(Chromium.PHONE);
    }

    private static void checkAt(ChromeDriver driver, String page, String width, Dimension size) {
        driver.manage().window().setSize(size);
        screenshot(driver, page + "-" + width);
        assertThat(accessibilityViolations(driver)).as("axe-core WCAG 2.1 AA violations on %s at %s width", page, width)
                .isEmpty();
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.List<String> accessibilityViolations(ChromeDriver driver) {
        boolean installed = Files.isRegularFile(AXE);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install axe-core: npm ci --prefix deploy/pages/checks");
        }
        Assumptions.assumeTrue(installed, "axe-core is not installed (npm ci --prefix deploy/pages/checks)");
        try {
            if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
                driver.executeScript(Files.readString(AXE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (java.util.List<String>) driver.executeAsyncScript(RUN_AXE);
    }
}
