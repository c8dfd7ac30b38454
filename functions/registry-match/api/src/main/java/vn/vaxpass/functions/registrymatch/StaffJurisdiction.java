package vn.vaxpass.functions.registrymatch;

import vn.vaxpass.http.ProblemException;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.matching.jobs.Jurisdiction;

/** The jurisdiction of the health staff calling, from their token: a province's staff, or a commune's. */
final class StaffJurisdiction {

    private StaffJurisdiction() {
    }

    static Jurisdiction of(Caller caller) {
        String province = required(caller.province().orElse(null), Claims.PROVINCE);
        if (caller.hasRole(Roles.PROVINCE_HEALTH)) {
            return Jurisdiction.province(province);
        }
        return Jurisdiction.commune(province, required(caller.commune().orElse(null), Claims.COMMUNE));
    }

    private static String required(String value, String claim) {
        if (value == null) {
            throw new ProblemException(403, Caller.TOKEN_WITHOUT_JURISDICTION,
                    "Your token grants a role without saying where (claim '" + claim + "' is missing); ask for a new token.");
        }
        return value;
    }
}
