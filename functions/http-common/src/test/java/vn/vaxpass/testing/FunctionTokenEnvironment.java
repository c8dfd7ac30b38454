package vn.vaxpass.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import vn.vaxpass.http.security.CitizenSessionTokens;

/**
 * The token settings Terraform gives a packaged function ({@code terraform/lambda.tf}), for the tokens
 * {@link TestTokens} mints: {@code MP_JWT_VERIFY_*} with the test key set's public key as a file (Terraform gives the
 * identity provider's JWKS URL), and the citizen sessions' key. Terraform sets no session issuer, so sessions here are
 * granted under {@link CitizenSessionTokens#DEFAULT_ISSUER}, as the deployed lookup grants them.
 */
public final class FunctionTokenEnvironment {

    private static final String PUBLIC_KEY = "testing/token-public.pem";

    private FunctionTokenEnvironment() {
    }

    /** Where {@link #tokens()} writes the public key file. */
    private static final Path KEY_DIRECTORY = Path.of("target", "it-tokens");

    /** Both: the staff tokens' settings (key file under {@code target/it-tokens}) and the citizen sessions' key. */
    public static Map<String, String> tokens() {
        Map<String, String> both = new HashMap<>(jwt(KEY_DIRECTORY));
        both.putAll(citizenSessions());
        return both;
    }

    /** {@code MP_JWT_VERIFY_ISSUER}, {@code _AUDIENCES}, {@code _PUBLICKEY_LOCATION}; the key file is written into {@code directory}. */
    public static Map<String, String> jwt(Path directory) {
        Path key = directory.resolve("token-public.pem");
        try (InputStream pem = FunctionTokenEnvironment.class.getClassLoader().getResourceAsStream(PUBLIC_KEY)) {
            Files.createDirectories(directory);
            Files.write(key, pem.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + key.toAbsolutePath());
    }

    /** {@code VAXPASS_CITIZEN_SESSION_KEY}, as Terraform passes {@code citizen_session_key}. */
    public static Map<String, String> citizenSessions() {
        return Map.of("VAXPASS_CITIZEN_SESSION_KEY", TestTokens.SESSION_KEY);
    }

    /** A session for one subject as the deployed lookup grants it: the default issuer, the key above. */
    public static String citizenSession(String subjectId) {
        Instant now = Instant.now();
        return new CitizenSessionTokens(CitizenSessionTokens.DEFAULT_ISSUER, Base64.getDecoder().decode(TestTokens.SESSION_KEY))
                .grant(subjectId, now, now.plus(Duration.ofMinutes(10)));
    }
}
