package vn.vaxpass.server.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: one browser for every page test of the run (it
 * starts in about a second, but once is enough), closed when the JVM ends. No browser is downloaded: where Chromium
 * is missing the page tests are skipped, except in CI ({@code CI=true}), where {@code .ci/run} installs it and its
 * absence fails them.
 */
final class Chromium {

    /** Debian's packages chromium and chromium-driver, or what VAXPASS_CHROMIUM and VAXPASS_CHROMEDRIVER name. */
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("VAXPASS_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("VAXPASS_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Downloads land here; each test empties it first. */
    static final Path DOWNLOADS = Path.of("target", "page-downloads").toAbsolutePath();

    /** A phone as the issue names it: 360 CSS pixels wide. */
    static final Dimension PHONE = new Dimension(360, 780);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private static ChromeDriver driver;

    private Chromium() {
    }

    /** The shared browser, started on first use, at phone width. */
    static synchronized ChromeDriver driver() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have Debian's chromium and chromium-driver (.ci/run installs)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are missing: page tests skipped");
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        driver.manage().window().setSize(PHONE);
        return driver;
    }

    private static ChromeDriver start() {
        try {
            Files.createDirectories(DOWNLOADS);
            Path profile = Files.createTempDirectory("vaxpass-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            // As root in CI Chromium needs --no-sandbox; the network flags keep it from calling Google's hosts,
            // which this machine's closed network refuses.
            options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
