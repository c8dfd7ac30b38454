package vn.vaxpass.testing.aws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;

/**
 * Checks a request's AWS Signature Version 4 (header form) as AWS does: the canonical request rebuilt from what
 * arrived, the string to sign, the key derived from the secret access key for the credential's date, region and
 * service, and the HMAC compared with the one sent.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
final class SigV4 {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");

    private SigV4() {
    }

    /** Why the request's signature is not valid, or {@code null} when it is. */
    static String problem(HttpExchange exchange, byte[] body, String accessKeyId, String secretAccessKey,
            String region, String service) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return "Request is missing Authentication Token";
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return "Authorization header is not AWS4-HMAC-SHA256: " + authorization;
        }
        String date = m.group(2);
        if (!accessKeyId.equals(m.group(1))) {
            return "The security token included in the request is invalid (access key " + m.group(1) + ")";
        }
        if (!region.equals(m.group(3)) || !service.equals(m.group(4))) {
            return "Credential should be scoped to region " + region + " and service " + service + ", not "
                    + m.group(3) + "/" + m.group(4);
        }
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(date)) {
            return "X-Amz-Date is missing or not of the credential's date";
        }
        List<String> signedHeaders = List.of(m.group(5).split(";"));
        if (!signedHeaders.contains("host") || !signedHeaders.contains("x-amz-date")) {
            return "host and x-amz-date must be signed";
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = exchange.getRequestHeaders().get(name);
            if (values == null) {
                return "Signed header " + name + " is missing";
            }
            canonicalHeaders.append(name).append(':')
                    .append(String.join(",", values.stream().map(v -> v.trim().replaceAll(" +", " ")).toList()))
                    .append('\n');
        }
        String payloadHash = exchange.getRequestHeaders().getFirst("X-Amz-Content-Sha256");
        String bodyHash = hex(AwsTestServer.sha256(body));
        if (payloadHash != null && !payloadHash.equals(bodyHash)) {
            return "X-Amz-Content-Sha256 is not the body's hash";
        }
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String canonicalRequest = exchange.getRequestMethod() + "\n"
                + (path == null || path.isEmpty() ? "/" : path) + "\n"
                + (query == null ? "" : query) + "\n"
                + canonicalHeaders + "\n"
                + m.group(5) + "\n"
                + bodyHash;
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(AwsTestServer.sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), m.group(6).getBytes(StandardCharsets.US_ASCII))) {
            return "The request signature we calculated does not match the signature you provided.";
        }
        return null;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }
}
