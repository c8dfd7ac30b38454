package vn.vaxpass.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.http.Problem;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;

/**
 * The pages' development sign-in: mints the development tokens {@code deploy/vaxpass token} mints, for a chosen staff
 * role and place (the console), or for a citizen proving an ID number (the portal, where VNeID would). It exists only
 * where the development token keys are on (as in {@code serve} by default); elsewhere both methods answer 404, and
 * people sign in with the identity provider. Never for production: anyone who reaches it is whoever they say.
 */
@Path("/dev/sign-in")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DevelopmentSignInResource {

    static final String DEVELOPMENT_SIGN_IN_OFF = "DEVELOPMENT_SIGN_IN_OFF";
    static final String UNKNOWN_ROLE = "UNKNOWN_ROLE";
    static final String VALUE_TOO_LONG = "VALUE_TOO_LONG";
    /** Longer than any place code, village label, account name or ID number a token carries. */
    static final int MAX_VALUE_LENGTH = 100;
    /** A working day: a development token outlives no session of the console that matters. */
    static final Duration LIFETIME = Duration.ofHours(8);

    private static final Set<String> ROLES = Set.of(Roles.COMMUNE_HEALTH, Roles.VILLAGE_TEAM,
            Roles.COMMUNE_POLICE, Roles.PROVINCE_HEALTH, Roles.MINISTRY, Roles.CITIZEN);

    /** Who to sign in as. Blank places are left out of the token; {@code idNumber} is what a citizen's login proves. */
    @RegisterForReflection
    public record SignIn(String role, String province, String commune, String village, String account,
            String idNumber) {
    }

    @RegisterForReflection
    public record Token(String token, Instant expiresAt, String role, boolean development) {
    }

    @RegisterForReflection
    public record Availability(boolean available, Set<String> roles) {
    }

    @ConfigProperty(name = "vaxpass.tokens.development-keys")
    boolean developmentKeys;

    @Inject
    Instance<TokenCommand> tokens;

    @GET
    @Operation(summary = "Whether the development sign-in is on (serve only; 404 elsewhere)")
    public Availability availability() {
        requireOn();
        return new Availability(true, ROLES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A development token for a staff role and place, or a citizen's ID number (serve only)")
    public Token signIn(SignIn request) {
        requireOn();
        if (request == null || request.role() == null || !ROLES.contains(request.role())) { // Set.of refuses null
            throw refused(Response.Status.BAD_REQUEST, UNKNOWN_ROLE,
                    "Chọn một vai trò: " + String.join(", ", ROLES) + ". / Choose one of these roles.");
        }
        if (Stream.of(request.province(), request.commune(), request.village(), request.account(),
                request.idNumber()).anyMatch(value -> value != null && value.length() > MAX_VALUE_LENGTH)) {
            throw refused(Response.Status.BAD_REQUEST, VALUE_TOO_LONG, "Mỗi ô dài tối đa " + MAX_VALUE_LENGTH
                    + " ký tự. / Each value is at most " + MAX_VALUE_LENGTH + " characters.");
        }
        TokenCommand command = tokens.get().as(request.role(), LIFETIME.toMinutes());
        command.account = blank(request.account()) ? "dev-" + request.role() : request.account().strip();
        Instant now = Instant.now();
        String token = command.mint(Map.of(Claims.PROVINCE, orEmpty(request.province()),
                Claims.COMMUNE, orEmpty(request.commune()), Claims.VILLAGE, orEmpty(request.village()),
                Claims.ID_NUMBER, orEmpty(request.idNumber())), now);
        return new Token(token, command.expiresAt(now), request.role(), true);
    }

    private void requireOn() {
        if (!developmentKeys) {
            throw refused(Response.Status.NOT_FOUND, DEVELOPMENT_SIGN_IN_OFF,
                    "Không có đăng nhập phát triển ở đây. / There is no development sign-in here.");
        }
    }

    private static WebApplicationException refused(Response.Status status, String code, String message) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Problem.of(code, message)).build());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orEmpty(String value) {
        return blank(value) ? "" : value.strip();
    }
}
