package vn.vaxpass.http.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.vaxpass.access.Reach;
import vn.vaxpass.http.ProblemException;

/**
 * How far a verified bearer token reaches: each role it carries ({@link Roles}) bounded by the claim the role needs
 * ({@link Claims}). The one place where a token that grants a role without that claim is refused: 403
 * {@value Caller#TOKEN_WITHOUT_JURISDICTION}, whatever the request asks. A role this project does not know reaches
 * nothing.
 *
 * <p>A portal login ({@link Roles#CITIZEN}) needs no claim to be built: one without {@link Claims#ID_NUMBER} proves no
 * number, and the lookup refuses it as it refuses any number not proven (403 NOT_YOUR_ID_NUMBER).
 */
final class TokenReach {

    private TokenReach() {
    }

    /**
     * @param roles  the token's {@code groups}
     * @param claims a claim's text by name; empty when the token lacks it or it is blank
     */
    static Reach of(Collection<String> roles, Function<String, Optional<String>> claims) {
        List<Reach> reaches = new ArrayList<>();
        if (roles.contains(Roles.MINISTRY)) {
            reaches.add(Reach.ministry());
        }
        if (roles.contains(Roles.PROVINCE_HEALTH)) {
            reaches.add(Reach.province(where(claims, Claims.PROVINCE)));
        }
        if (roles.contains(Roles.COMMUNE_HEALTH)) {
            reaches.add(Reach.commune(where(claims, Claims.COMMUNE)));
        }
        if (roles.contains(Roles.VILLAGE_TEAM)) {
            reaches.add(Reach.villageTeam(where(claims, Claims.COMMUNE), where(claims, Claims.VILLAGE)));
        }
        if (roles.contains(Roles.COMMUNE_POLICE)) {
            reaches.add(Reach.communePolice(where(claims, Claims.COMMUNE)));
        }
        if (roles.contains(Roles.FACILITY_STAFF)) {
            reaches.add(Reach.facility(where(claims, Claims.FACILITY)));
        }
        if (roles.contains(Roles.CITIZEN)) {
            reaches.add(Reach.citizen(claims.apply(Claims.ID_NUMBER).orElse(null)));
        }
        if (roles.contains(Roles.CITIZEN_SESSION)) {
            reaches.add(Reach.citizenSession(required(claims, Claims.SUBJECT_ID, "for whom")));
        }
        return Reach.anyOf(reaches);
    }

    private static String where(Function<String, Optional<String>> claims, String name) {
        return required(claims, name, "where");
    }

    private static String required(Function<String, Optional<String>> claims, String name, String what) {
        return claims.apply(name).orElseThrow(() -> new ProblemException(403, Caller.TOKEN_WITHOUT_JURISDICTION,
                "Your token grants a role without saying " + what + " (claim '" + name + "' is missing); ask for a new"
                        + " token."));
    }
}
