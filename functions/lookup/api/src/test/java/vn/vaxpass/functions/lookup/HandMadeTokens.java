package vn.vaxpass.functions.lookup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWTs put together by hand (RFC 7519 compact form: base64url of the header's and the payload's JSON, and a signature
 * made with the JDK's own crypto), so that a test can send tokens a JWT library would refuse to build: {@code alg:
 * none}, HS256 keyed with an RSA public key, a claim missing or out of place.
 */
final class HandMadeTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private HandMadeTokens() {
    }

    /** Base64url of this JSON text's UTF-8. */
    static String part(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object of strings, numbers and lists of strings, in the order given (values {@code null} left out). */
    static String json(Map<String, ?> members) {
        return members.entrySet().stream().filter(member -> member.getValue() != null)
                .map(member -> quote(member.getKey()) + ":" + value(member.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** An ordered map for {@link #json}, from key-value pairs. */
    static Map<String, Object> members(Object... keysAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return members;
    }

    /** {@code header.payload.} : no signature, as {@code alg: none} has it. */
    static String unsigned(String headerJson, String payloadJson) {
        return part(headerJson) + "." + part(payloadJson) + ".";
    }

    /** RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over {@code header.payload}. */
    static String rs256(String headerJson, String payloadJson, PrivateKey key) {
        String signingInput = part(headerJson) + "." + part(payloadJson);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 (HMAC-SHA256) over {@code header.payload}, keyed with these bytes. */
    static String hs256(String headerJson, String payloadJson, byte[] secret) {
        String signingInput = part(headerJson) + "." + part(payloadJson);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh RSA key of 2048 bits that no key set holds. */
    static PrivateKey strangersKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(Object value) {
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> quote(item.toString())).collect(Collectors.joining(",", "[", "]"));
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
