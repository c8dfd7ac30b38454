package vn.vaxpass.server.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;

/**
 * {@code vaxpass token}: a bearer token the local server accepts, signed with the development key. Prints the
 * bare token, so that {@code TOKEN=$(deploy/vaxpass token ...)} works.
 */
@Dependent
@Unremovable
@Command(name = "token", description = "Mint a development bearer token the local server accepts (never for production).")
public class TokenCommand implements Callable<Integer> {

    @Option(names = "--role", required = true, description = "One of: " + Roles.MINISTRY + ", " + Roles.PROVINCE_HEALTH
            + ", " + Roles.COMMUNE_HEALTH + ", " + Roles.VILLAGE_TEAM + ", " + Roles.COMMUNE_POLICE + ", "
            + Roles.FACILITY_STAFF + ", " + Roles.CITIZEN + ". (A " + Roles.CITIZEN_SESSION + " comes from a lookup.)")
    String role;

    @Option(names = "--province", description = "Province code the role covers.")
    String province;

    @Option(names = "--commune", description = "Commune code the role covers.")
    String commune;

    @Option(names = "--village", description = "Village (of --commune) a village team covers.")
    String village;

    @Option(names = "--facility", description = "Vaccination facility the role acts for.")
    String facility;


    @Option(names = "--id-number", description = "ID number a citizen login proves.")
    String idNumber;

    @Option(names = "--account", description = "The token's subject (sub): an account id for audit records.")
    String account;

    @Option(names = "--minutes", defaultValue = "60", description = "Lifetime in minutes (default: ${DEFAULT-VALUE}).")
    long minutes;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Set<String> audiences;

    @ConfigProperty(name = "vaxpass.tokens.local-directory")
    Path directory;

    @Override
    public Integer call() {
        if (!KNOWN_ROLES.contains(role)) {
            System.err.println("Unknown role '" + role + "'. Known roles: " + String.join(", ", KNOWN_ROLES) + ".");
            return 2;
        }
        System.out.println(mint());
        return 0;
    }

    /** The token these options describe. */
    String mint() {
        return mint(Map.of(Claims.PROVINCE, nonNull(province), Claims.COMMUNE, nonNull(commune),
                Claims.VILLAGE, nonNull(village), Claims.FACILITY, nonNull(facility), Claims.ID_NUMBER,
                nonNull(idNumber)));
    }

    /** A token of this command's role, issuer, account and lifetime, with these claims (blank ones left out). */
    public String mint(Map<String, String> claims) {
        return mint(claims, Instant.now());
    }

    /** As {@link #mint(Map)}, issued at {@code issuedAt}: it expires at {@link #expiresAt(Instant)} of that. */
    public String mint(Map<String, String> claims, Instant issuedAt) {
        JwtClaimsBuilder token = Jwt.issuer(issuer).audience(audiences).subject(account == null ? "dev-" + role : account)
                .groups(Set.of(role)).issuedAt(issuedAt).expiresAt(expiresAt(issuedAt));
        claims.forEach((name, value) -> optional(token, name, value));
        return token.sign(DevelopmentTokenKeys.privateKey(directory));
    }

    /** When a token of this command issued at {@code issuedAt} expires (its {@code exp}, to the second). */
    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Sets what {@code --role} and {@code --minutes} would, for commands that mint tokens themselves. */
    public TokenCommand as(String role, long minutes) {
        this.role = role;
        this.minutes = minutes;
        return this;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.MINISTRY, Roles.PROVINCE_HEALTH, Roles.COMMUNE_HEALTH,
            Roles.VILLAGE_TEAM, Roles.COMMUNE_POLICE, Roles.FACILITY_STAFF, Roles.CITIZEN);

    private static void optional(JwtClaimsBuilder claims, String name, String value) {
        if (value != null && !value.isBlank()) {
            claims.claim(name, value);
        }
    }
}
