package vn.vaxpass.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * An OpenID Connect authorization server inside the test application, at {@code /test-identity}: the authorization
 * code flow as the pages' providers run it (RFC 6749 section 4.1 with PKCE, RFC 7636), strictly: a registered client
 * and redirect URI, PKCE with S256 required, a code used once within a minute, the verifier checked against the
 * challenge. Its login page asks for a username and password the test registered; the tokens it issues carry the
 * account's claims and are signed with the key the API under test trusts, as the real provider's are. No identity
 * provider can be installed here (Keycloak needs Java 21 and a container; quarkus-test-oidc-server answers any code
 * without checking PKCE), so this one proves what a lax stub cannot: that the pages do their half of PKCE.
 */
@ApplicationScoped
public class TestIdentityProvider {

    static final String ROOT = "/test-identity";
    static final String CONSOLE_CLIENT = "vaxpass-console";
    static final String PORTAL_CLIENT = "vaxpass-portal";

    private static final Map<String, String> REDIRECT_PATHS = Map.of(CONSOLE_CLIENT, "/console/", PORTAL_CLIENT, "/");
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** RFC 7636 section 4.1: a code verifier has 43 to 128 characters. */
    private static final int VERIFIER_MIN = 43;
    private static final int VERIFIER_MAX = 128;
    private static final int CODE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Account(String password, Map<String, Object> claims) {
    }

    private record Grant(String clientId, String redirectUri, String challenge, String username, Instant expires) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger exchangesRefused = new AtomicInteger();

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Set<String> audiences;

    /** An account of the provider: who may sign in with which password, and the claims its tokens carry. */
    public void register(String username, String password, Map<String, Object> claims) {
        accounts.put(username, new Account(password, Map.copyOf(claims)));
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public int exchangesRefused() {
        return exchangesRefused.get();
    }

    void routes(@Observes Router router) {
        router.get(ROOT + "/authorize").handler(this::authorize);
        router.post(ROOT + "/login").handler(BodyHandler.create()).handler(this::login);
        router.post(ROOT + "/token").handler(BodyHandler.create()).blockingHandler(this::token);
    }

    private void authorize(RoutingContext context) {
        MultiMap query = context.queryParams();
        if (!registered(query.get("client_id"), query.get("redirect_uri"), context)) {
            context.response().setStatusCode(400).end("unknown client or redirect_uri");
            return;
        }
        if (!"code".equals(query.get("response_type")) || query.get("code_challenge") == null
                || !"S256".equals(query.get("code_challenge_method"))) {
            redirect(context, query.get("redirect_uri"), Map.of("error", "invalid_request", "state", orEmpty(query
                    .get("state"))));
            return;
        }
        loginPage(context, query, "");
    }

    private void login(RoutingContext context) {
        MultiMap form = context.request().formAttributes();
        String redirectUri = form.get("redirect_uri");
        if (!registered(form.get("client_id"), redirectUri, context) || form.get("code_challenge") == null) {
            context.response().setStatusCode(400).end("unknown client or redirect_uri");
            return;
        }
        if ("cancel".equals(form.get("action"))) {
            redirect(context, redirectUri, Map.of("error", "access_denied", "state", orEmpty(form.get("state"))));
            return;
        }
        Account account = accounts.get(orEmpty(form.get("username")));
        if (account == null || !account.password().equals(form.get("password"))) {
            loginPage(context, form, "<p id=\"login-error\">Sai tên đăng nhập hoặc mật khẩu.</p>");
            return;
        }
        String code = random();
        codes.put(code, new Grant(form.get("client_id"), redirectUri, form.get("code_challenge"),
                form.get("username"), Instant.now().plus(CODE_LIFETIME)));
        redirect(context, redirectUri, Map.of("code", code, "state", orEmpty(form.get("state"))));
    }

    private void token(RoutingContext context) {
        MultiMap form = context.request().formAttributes();
        Grant grant = codes.remove(orEmpty(form.get("code")));
        String verifier = orEmpty(form.get("code_verifier"));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null
                || Instant.now().isAfter(grant.expires()) || !grant.clientId().equals(form.get("client_id"))
                || !grant.redirectUri().equals(form.get("redirect_uri")) || verifier.length() < VERIFIER_MIN
                || verifier.length() > VERIFIER_MAX || !grant.challenge().equals(s256(verifier))) {
            exchangesRefused.incrementAndGet();
            json(context, 400, new JsonObject().put("error", "invalid_grant"));
            return;
        }
        JwtClaimsBuilder claims = Jwt.issuer(issuer).audience(audiences).subject(grant.username())
                .expiresIn(TOKEN_LIFETIME);
        accounts.get(grant.username()).claims().forEach(claims::claim);
        String token = claims.sign();
        tokensIssued.incrementAndGet();
        json(context, 200, new JsonObject().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", TOKEN_LIFETIME.toSeconds()).put("scope", "openid"));
    }

    private static boolean registered(String clientId, String redirectUri, RoutingContext context) {
        String path = clientId == null ? null : REDIRECT_PATHS.get(clientId);
        String origin = context.request().scheme() + "://" + context.request().authority();
        return path != null && (origin + path).equals(redirectUri);
    }

    private static void loginPage(RoutingContext context, MultiMap fields, String error) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "state", "code_challenge")) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escape(orEmpty(fields.get(name)))).append("\">");
        }
        context.response().putHeader("Content-Type", "text/html; charset=utf-8").end("""
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Nhà cung cấp định danh thử</title>
                </head><body><main><h1>Đăng nhập</h1>%s<form method="post" action="%s/login">%s
                <label for="username">Tên đăng nhập</label><input id="username" name="username">
                <label for="password">Mật khẩu</label><input id="password" name="password" type="password">
                <button type="submit" name="action" value="approve">Đồng ý</button>
                <button type="submit" name="action" value="cancel">Huỷ</button></form></main></body></html>
                """.formatted(error, ROOT, hidden));
    }

    private static void redirect(RoutingContext context, String redirectUri, Map<String, String> parameters) {
        StringBuilder location = new StringBuilder(redirectUri).append('?');
        parameters.forEach((name, value) -> location.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        context.response().setStatusCode(302).putHeader("Location", location.toString()).end();
    }

    private static void json(RoutingContext context, int status, JsonObject body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[CODE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
