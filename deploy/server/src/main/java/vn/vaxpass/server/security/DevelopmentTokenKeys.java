package vn.vaxpass.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

import vn.vaxpass.signing.PemFiles;

/**
 * The local server's token key pair: generated on first start outside the repository, so that
 * {@code vaxpass token} can mint bearer tokens the local server accepts. A development key, never used in
 * production: there the API gateway validates the identity provider's tokens and the functions are configured
 * with its public key ({@code VAXPASS_TOKEN_PUBLIC_KEY_LOCATION}).
 */
public final class DevelopmentTokenKeys {

    public static final String PRIVATE_KEY = "token-private.pem";
    public static final String PUBLIC_KEY = "token-public.pem";
    private static final int RSA_KEY_BITS = 2048;

    private DevelopmentTokenKeys() {
    }

    /** Creates the pair in the directory unless both halves are already there. */
    public static synchronized void ensure(Path directory) {
        if (Files.exists(directory.resolve(PRIVATE_KEY)) && Files.exists(directory.resolve(PUBLIC_KEY))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            PemFiles.writeSecret(directory.resolve(PRIVATE_KEY), PemFiles.toPem(pair.getPrivate()));
            Files.writeString(directory.resolve(PUBLIC_KEY), publicKeyPem(pair), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development token keys to " + directory, e);
        }
    }

    public static PrivateKey privateKey(Path directory) {
        ensure(directory);
        return PemFiles.readPrivateKey(directory.resolve(PRIVATE_KEY));
    }

    private static String publicKeyPem(KeyPair pair) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }
}
