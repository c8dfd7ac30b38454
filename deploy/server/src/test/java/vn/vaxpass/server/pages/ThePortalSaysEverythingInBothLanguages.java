package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages' words live in the vi and en bundles, never in markup: both bundles say the same things, every key the
 * markup and the scripts name is in them, and the markup holds no inline script or style (the CSP would block it)
 * and the places Terraform fills in.
 */
class ThePortalSaysEverythingInBothLanguages {

    static final Path SITE = Path.of("..", "pages", "site");

    private static final Pattern MARKUP_KEY = Pattern.compile("data-i18n(?:-lang)?=\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([^'$]+)'");

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyMessage() throws IOException {
        Map<String, String> vietnamese = bundle("vi");
        Map<String, String> english = bundle("en");
        assertThat(english.keySet()).isEqualTo(vietnamese.keySet());
        assertThat(vietnamese.values()).noneMatch(String::isBlank);
        assertThat(english.values()).noneMatch(String::isBlank);
    }

    @Test
    void everyKeyTheMarkupAndScriptsNameIsInTheBundles() throws IOException {
        Map<String, String> vietnamese = bundle("vi");
        String markup = Files.readString(SITE.resolve("index.html"));
        assertThat(MARKUP_KEY.matcher(markup).results().map(match -> match.group(1)))
                .isNotEmpty().allMatch(vietnamese::containsKey);
        try (var scripts = Files.list(SITE.resolve("assets"))) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".js")).toList()) {
                assertThat(SCRIPT_KEY.matcher(Files.readString(script)).results().map(match -> match.group(1)))
                        .as("message keys of %s", script.getFileName()).allMatch(vietnamese::containsKey);
            }
        }
    }

    @Test
    void theMarkupHasNoInlineScriptOrStyle() throws IOException {
        String markup = Files.readString(SITE.resolve("index.html"));
        assertThat(markup).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain("style=", "<style", "onclick=", "onload=", "javascript:");
    }

    /** terraform/pages.tf fills in the API gateway's address at exactly these two places (and checks it did). */
    @Test
    void theMarkupHoldsThePlacesTerraformFillsIn() throws IOException {
        String markup = Files.readString(SITE.resolve("index.html"));
        assertThat(markup).contains("<meta name=\"vaxpass-api\" content=\"\">", "connect-src 'self'");
    }

    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper().readValue(SITE.resolve("i18n").resolve(language + ".json").toFile(),
                new TypeReference<Map<String, String>>() {
                });
    }
}
