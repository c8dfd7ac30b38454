package vn.vaxpass.http.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vaxpass.access.Reach;
import vn.vaxpass.http.ProblemException;

/**
 * The caller of the current request, as its verified bearer token says: who acted, and how far their authority
 * reaches ({@link Reach}, built once per request from the token by {@link TokenReach}). {@code @RolesAllowed} decides
 * whether a role may call an endpoint at all; the reach decides whether this caller may touch these people, and every
 * feature asks it. Nobody outside gets told whether those people exist.
 */
@RequestScoped
public class Caller {

    /** The caller's reach does not include what it asked for. */
    public static final String OUTSIDE_JURISDICTION = Reach.OUTSIDE_JURISDICTION;
    /** A token with a role but without the claim that bounds it (a commune role without a commune). */
    public static final String TOKEN_WITHOUT_JURISDICTION = "TOKEN_WITHOUT_JURISDICTION";

    private final JsonWebToken token;
    private Reach reach;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The token's subject: who acted, for audit records. An opaque account id, never personal data. */
    public String subject() {
        return token.getSubject();
    }

    /** The token's roles (groups), sorted, for audit records. */
    public List<String> roles() {
        Set<String> groups = token.getGroups();
        return groups == null ? List.of() : groups.stream().sorted().toList();
    }

    /**
     * How far the caller reaches, for the features to ask.
     *
     * @throws ProblemException 403 {@value #TOKEN_WITHOUT_JURISDICTION} when a role of the token lacks its claim
     */
    public Reach reach() {
        if (reach == null) {
            Set<String> groups = token.getGroups();
            reach = TokenReach.of(groups == null ? Set.of() : groups, this::claim);
        }
        return reach;
    }

    /**
     * Ends the request with 403 unless the caller reaches the people of this commune (in this province). Name the
     * commune as it is today ({@code CommuneStore#currentOf} of the code a record carries): tokens name today's communes.
     */
    public void requireCommune(String communeCode, String provinceCode) {
        if (!reach().reachesCommune(communeCode, provinceCode)) {
            throw outside("commune " + communeCode);
        }
    }

    /** Ends the request with 403 unless the caller acts for this vaccination facility. */
    public void requireFacility(String facilityCode) {
        if (!reach().actsForFacility(facilityCode)) {
            throw outside("facility " + facilityCode);
        }
    }

    private static ProblemException outside(String what) {
        return new ProblemException(403, OUTSIDE_JURISDICTION,
                "Your account does not cover " + what + ". Ask the office responsible for it.");
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
