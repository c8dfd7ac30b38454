package vn.vaxpass.lookup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Keyed hashes (HMAC-SHA256) of what the lookup must recognise later but never keep: a challenge's code, and the
 * phone numbers, ID numbers and addresses the throttle counts. Without the key the stored hashes tell nothing, even
 * for a six-digit code whose values an attacker could otherwise try one by one.
 */
@ApplicationScoped
public class LookupKeys {

    public static final int MIN_KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final Logger LOG = Logger.getLogger(LookupKeys.class);

    private final SecretKeySpec key;

    @Inject
    public LookupKeys(LookupSettings settings) {
        this(settings.hashKey().map(LookupKeys::decode).orElseGet(LookupKeys::drawn));
    }

    LookupKeys(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("vaxpass.lookup.hash-key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, HMAC);
    }

    /** The hash a challenge stores for its code: bound to the challenge, so a code is worth nothing elsewhere. */
    public byte[] codeHash(UUID challengeId, String code) {
        return hmac("code:" + challengeId + ":" + code);
    }

    /** The key under which the throttle counts a value of a scope (a phone number, an ID number, an address). */
    public byte[] throttleKey(ThrottleScope scope, String value) {
        return hmac("throttle:" + scope.name() + ":" + value);
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vaxpass.lookup.hash-key is not Base64");
        }
    }

    private static byte[] drawn() {
        LOG.info("No vaxpass.lookup.hash-key: drew one for this process; codes requested before a restart, or from "
                + "another instance, will not be accepted");
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
