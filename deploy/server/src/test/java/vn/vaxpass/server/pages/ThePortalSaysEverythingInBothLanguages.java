package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages' words live in vi and en bundles, never in markup: for the portal and for the console, both bundles say
 * the same things, every key the markup and the scripts name is in them, the markup holds no inline script or style
 * (the CSP would block it), and it keeps the places Terraform fills in.
 */
class ThePortalSaysEverythingInBothLanguages {

    static final Path SITE = Path.of("..", "pages", "site");

    private static final Pattern MARKUP_KEY = Pattern.compile("data-i18n(?:-lang)?=\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([^'$]+)'");

    /** Each page: its document, its bundles' folder, the scripts it runs. */
    enum Page {
        PORTAL("index.html", "i18n", List.of("portal.js", "page.js", "i18n.js", "api.js")),
        CONSOLE("console/index.html", "i18n/console", List.of("console.js", "page.js", "i18n.js", "api.js"));

        final String document;
        final String bundles;
        final List<String> scripts;

        Page(String document, String bundles, List<String> scripts) {
            this.document = document;
            this.bundles = bundles;
            this.scripts = scripts;
        }
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void bothBundlesHaveTheSameKeysAndNoEmptyMessage(Page page) throws IOException {
        Map<String, String> vietnamese = bundle(page, "vi");
        Map<String, String> english = bundle(page, "en");
        assertThat(english.keySet()).isEqualTo(vietnamese.keySet());
        assertThat(vietnamese.values()).noneMatch(String::isBlank);
        assertThat(english.values()).noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void everyKeyTheMarkupAndScriptsNameIsInTheBundles(Page page) throws IOException {
        Map<String, String> vietnamese = bundle(page, "vi");
        assertThat(MARKUP_KEY.matcher(Files.readString(SITE.resolve(page.document))).results()
                .map(match -> match.group(1))).isNotEmpty().allMatch(vietnamese::containsKey);
        for (String script : page.scripts) {
            assertThat(SCRIPT_KEY.matcher(Files.readString(SITE.resolve("assets").resolve(script))).results()
                    .map(match -> match.group(1))).as("message keys of %s", script).allMatch(vietnamese::containsKey);
        }
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void theMarkupHasNoInlineScriptOrStyle(Page page) throws IOException {
        assertThat(Files.readString(SITE.resolve(page.document)))
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain("style=", "<style", "onclick=", "onload=", "javascript:");
    }

    /** terraform/pages.tf fills in the API gateway's address at exactly these two places (and checks it did). */
    @ParameterizedTest
    @EnumSource(Page.class)
    void theMarkupHoldsThePlacesTerraformFillsIn(Page page) throws IOException {
        assertThat(Files.readString(SITE.resolve(page.document)))
                .contains("<meta name=\"vaxpass-api\" content=\"\">", "connect-src 'self'");
    }

    private static Map<String, String> bundle(Page page, String language) throws IOException {
        return new ObjectMapper().readValue(SITE.resolve(page.bundles).resolve(language + ".json").toFile(),
                new TypeReference<Map<String, String>>() {
                });
    }
}
