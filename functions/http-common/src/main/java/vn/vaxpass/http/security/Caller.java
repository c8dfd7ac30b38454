package vn.vaxpass.http.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vaxpass.http.ProblemException;

/**
 * The caller of the current request, as its verified bearer token says: its roles and how far its authority
 * reaches. {@code @RolesAllowed} decides whether a role may call an endpoint at all; the methods here decide
 * whether this caller may touch these people. Nobody outside gets told whether those people exist.
 */
@RequestScoped
public class Caller {

    /** The caller's jurisdiction does not include what it asked for. */
    public static final String OUTSIDE_JURISDICTION = "OUTSIDE_JURISDICTION";
    /** A token with a role but without the claim that bounds it (a commune role without a commune). */
    public static final String TOKEN_WITHOUT_JURISDICTION = "TOKEN_WITHOUT_JURISDICTION";

    @Inject
    JsonWebToken token;

    /** The token's subject: who acted, for audit records. An opaque account id, never personal data. */
    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public Optional<String> province() {
        return claim(Claims.PROVINCE);
    }

    public Optional<String> commune() {
        return claim(Claims.COMMUNE);
    }

    public Optional<String> facility() {
        return claim(Claims.FACILITY);
    }

    public Optional<String> subjectId() {
        return claim(Claims.SUBJECT_ID);
    }

    public Optional<String> idNumber() {
        return claim(Claims.ID_NUMBER);
    }

    /** Whether the health staff calling may see and change the people of this commune (in this province). */
    public boolean mayAccessCommune(String communeCode, String provinceCode) {
        if (hasRole(Roles.MINISTRY)) {
            return true;
        }
        if (hasRole(Roles.PROVINCE_HEALTH) && requiredClaim(Claims.PROVINCE).equals(provinceCode)) {
            return true;
        }
        return hasRole(Roles.COMMUNE_HEALTH) && requiredClaim(Claims.COMMUNE).equals(communeCode);
    }

    /** Whether the health staff calling may see and change everyone of this province. */
    public boolean mayAccessProvince(String provinceCode) {
        return hasRole(Roles.MINISTRY)
                || hasRole(Roles.PROVINCE_HEALTH) && requiredClaim(Claims.PROVINCE).equals(provinceCode);
    }

    /** Whether the caller acts for this vaccination facility. */
    public boolean mayActForFacility(String facilityCode) {
        return hasRole(Roles.MINISTRY)
                || hasRole(Roles.FACILITY_STAFF) && requiredClaim(Claims.FACILITY).equals(facilityCode);
    }

    /** Ends the request with 403 unless {@link #mayAccessCommune} holds. */
    public void requireCommune(String communeCode, String provinceCode) {
        if (!mayAccessCommune(communeCode, provinceCode)) {
            throw outside("commune " + communeCode);
        }
    }

    /** Ends the request with 403 unless {@link #mayAccessProvince} holds. */
    public void requireProvince(String provinceCode) {
        if (!mayAccessProvince(provinceCode)) {
            throw outside("province " + provinceCode);
        }
    }

    /** Ends the request with 403 unless {@link #mayActForFacility} holds. */
    public void requireFacility(String facilityCode) {
        if (!mayActForFacility(facilityCode)) {
            throw outside("facility " + facilityCode);
        }
    }

    private static ProblemException outside(String what) {
        return new ProblemException(403, OUTSIDE_JURISDICTION,
                "Your account does not cover " + what + ". Ask the office responsible for it.");
    }

    private String requiredClaim(String name) {
        return claim(name).orElseThrow(() -> new ProblemException(403, TOKEN_WITHOUT_JURISDICTION,
                "Your token grants a role without saying where (claim '" + name + "' is missing); ask for a new token."));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
